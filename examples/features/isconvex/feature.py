def isconvex(ps: list[tuple[float, float]]) -> bool:
    signs = set()
    for (ox, oy), (ax, ay), (bx, by) in zip(ps, ps[1:] + ps[:1], ps[2:] + ps[:2]):
        turn = (ax - ox) * (by - oy) - (ay - oy) * (bx - ox)
        if turn:
            signs.add(turn > 0)
    return len(signs) < 2
