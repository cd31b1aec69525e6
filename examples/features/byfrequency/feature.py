from collections import Counter


def byfrequency(xs: list[int]) -> list[int]:
    counts = Counter(xs)
    return sorted(xs, key=lambda x: (-counts[x], x))
