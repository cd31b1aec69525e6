def saddles(m: list[list[int]]) -> int:
    lows = [min(row) for row in m]
    highs = [max(col) for col in zip(*m)]
    return sum(x == lows[i] == highs[j] for i, row in enumerate(m) for j, x in enumerate(row))
