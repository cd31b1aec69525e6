from math import dist


def incircle(points: list[tuple[float, float]], center: tuple[float, float], r: float) -> int:
    return sum(dist(p, center) <= r for p in points)
