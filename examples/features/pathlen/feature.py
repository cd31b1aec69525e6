from itertools import pairwise
from math import dist


def pathlen(points: list[tuple[float, float]]) -> float:
    return sum(dist(p, q) for p, q in pairwise(points))
