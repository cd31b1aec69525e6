from calendar import weekday


def nthweekday(y: int, m: int, wd: int, k: int) -> int:
    return 1 + (wd - weekday(y, m, 1)) % 7 + 7 * (k - 1)
