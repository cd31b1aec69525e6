def localmax(m: list[list[int]]) -> int:
    return sum(
        all(m[i][j] < x for i, j in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)) if 0 <= i < len(m) and 0 <= j < len(row))
        for r, row in enumerate(m)
        for c, x in enumerate(row)
    )
