def diagdiff(m: list[list[int]]) -> int:
    n = len(m)
    return abs(sum(m[i][i] - m[i][n - 1 - i] for i in range(n)))
