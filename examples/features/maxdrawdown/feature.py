from itertools import accumulate


def maxdrawdown(xs: list[float]) -> float:
    return max((peak - x for peak, x in zip(accumulate(xs, max), xs)), default=0.0)
