from calendar import day_name, weekday


def dayname(y: int, m: int, d: int) -> str:
    return day_name[weekday(y, m, d)]
