from statistics import mean, stdev


def zscoreof(xs: list[float], x: float) -> float:
    return (x - mean(xs)) / stdev(xs)
