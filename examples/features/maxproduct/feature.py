def maxproduct(xs: list[int]) -> int:
    hi = lo = best = xs[0]
    for x in xs[1:]:
        options = (x, hi * x, lo * x)
        hi, lo = max(options), min(options)
        best = max(best, hi)
    return best
