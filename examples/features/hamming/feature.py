def hamming(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b))
