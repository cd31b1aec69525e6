from math import comb


def pascal(n: int) -> list[int]:
    return [comb(n, k) for k in range(n + 1)]
