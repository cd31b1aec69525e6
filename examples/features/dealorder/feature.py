MASK = (1 << 64) - 1


def dealorder(n: int, seed: int) -> list[int]:
    xs = list(range(n))
    x = seed
    for i in range(n - 1, 0, -1):
        x ^= x >> 12
        x ^= x << 25 & MASK
        x ^= x >> 27
        j = ((x * 0x2545F4914F6CDD1D & MASK) >> 1) % (i + 1)
        xs[i], xs[j] = xs[j], xs[i]
    return xs
