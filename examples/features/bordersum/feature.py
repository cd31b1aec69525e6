def bordersum(m: list[list[int]]) -> int:
    return sum(map(sum, m)) - sum(sum(row[1:-1]) for row in m[1:-1])
