def spiral(m: list[list[int]]) -> list[int]:
    out = []
    while m:
        out += m[0]
        m = [list(row) for row in zip(*m[1:])][::-1]
    return out
