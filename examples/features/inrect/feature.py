def inrect(ps: list[tuple[float, float]], a: tuple[float, float], b: tuple[float, float]) -> int:
    (x0, x1), (y0, y1) = sorted((a[0], b[0])), sorted((a[1], b[1]))
    return sum(x0 <= x <= x1 and y0 <= y <= y1 for x, y in ps)
