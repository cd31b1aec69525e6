def issymmetric(m: list[list[int]]) -> bool:
    return [list(col) for col in zip(*m)] == m
