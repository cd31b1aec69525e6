def commonall(m: list[list[int]]) -> list[int]:
    return sorted(set(m[0]).intersection(*m[1:])) if m else []
