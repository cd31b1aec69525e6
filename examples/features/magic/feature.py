def magic(m: list[list[int]]) -> bool:
    n = len(m)
    sums = {sum(row) for row in m} | {sum(col) for col in zip(*m)}
    sums |= {sum(m[i][i] for i in range(n)), sum(m[i][n - 1 - i] for i in range(n))}
    return len(sums) == 1
