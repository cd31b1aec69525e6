from statistics import fmean


def trimmean(xs: list[float], k: int) -> float:
    return fmean(sorted(xs)[k : len(xs) - k])
