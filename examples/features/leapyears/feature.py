from calendar import isleap


def leapyears(first: int, last: int) -> list[int]:
    return [y for y in range(first, last + 1) if isleap(y)]
