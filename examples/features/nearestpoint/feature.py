from math import dist


def nearestpoint(ps: list[tuple[float, float]], q: tuple[float, float]) -> int:
    return min(range(len(ps)), key=lambda i: dist(ps[i], q))
