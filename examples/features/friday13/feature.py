from datetime import date


def friday13(year: int) -> int:
    return sum(date(year, month, 13).weekday() == 4 for month in range(1, 13))
