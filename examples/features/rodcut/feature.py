def rodcut(prices: list[int], n: int) -> int:
    best = [0]
    for size in range(1, n + 1):
        best.append(max(prices[k - 1] + best[size - k] for k in range(1, min(size, len(prices)) + 1)))
    return best[n]
