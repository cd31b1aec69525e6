from datetime import date


def nextbirthday(y: int, m: int, d: int, bm: int, bd: int) -> int:
    today = date(y, m, d)
    nxt = date(y, bm, bd)
    if nxt < today:
        nxt = date(y + 1, bm, bd)
    return (nxt - today).days
