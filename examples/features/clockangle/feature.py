def clockangle(h: int, m: int) -> float:
    d = abs(30 * (h % 12) - 5.5 * m)
    return min(d, 360 - d)
