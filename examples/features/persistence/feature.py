from math import prod


def persistence(n: int) -> int:
    steps = 0
    while n > 9:
        n = prod(map(int, str(n)))
        steps += 1
    return steps
