def topcolumn(m: list[list[int]]) -> int:
    sums = [sum(col) for col in zip(*m)]
    return sums.index(max(sums))
