from itertools import pairwise


def pctchange(xs: list[float]) -> list[float]:
    return [(b - a) / a * 100 for a, b in pairwise(xs)]
