from itertools import combinations


def closestsum(xs: list[int], t: int) -> int:
    return min((a + b for a, b in combinations(xs, 2)), key=lambda s: (abs(s - t), s))
