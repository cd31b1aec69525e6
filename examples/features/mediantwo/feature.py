from heapq import merge
from statistics import median


def mediantwo(xs: list[int], ys: list[int]) -> float:
    return float(median(list(merge(xs, ys))))
