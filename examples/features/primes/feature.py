from math import isqrt


def primes(n: int) -> list[int]:
    return [p for p in range(2, n) if all(p % d for d in range(2, isqrt(p) + 1))]
