def longestrise(xs: list[int]) -> int:
    best = run = 0
    for i, x in enumerate(xs):
        run = run + 1 if i and x > xs[i - 1] else 1
        best = max(best, run)
    return best
