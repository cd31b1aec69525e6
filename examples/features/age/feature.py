from datetime import date


def age(born: str, today: str) -> int:
    b, t = date.fromisoformat(born), date.fromisoformat(today)
    return t.year - b.year - ((t.month, t.day) < (b.month, b.day))
