from datetime import date, timedelta


def workdays(a: str, b: str) -> int:
    start, end = date.fromisoformat(a), date.fromisoformat(b)
    return sum((start + timedelta(d)).weekday() < 5 for d in range((end - start).days + 1))
