def gridpaths(m: list[list[int]]) -> int:
    ways = [1] + [0] * (len(m[0]) - 1)
    for row in m:
        for j, cell in enumerate(row):
            ways[j] = 0 if cell else ways[j] + (ways[j - 1] if j else 0)
    return ways[-1]
