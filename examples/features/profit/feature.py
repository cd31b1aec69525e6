from itertools import accumulate


def profit(prices: list[int]) -> int:
    return max((p - low for p, low in zip(prices, accumulate(prices, min))), default=0)
