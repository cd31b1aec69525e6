def knearest(xs: list[int], x: int, k: int) -> list[int]:
    return sorted(xs, key=lambda v: (abs(v - x), v))[:k]
