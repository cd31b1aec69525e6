from statistics import quantiles


def fivenum(xs: list[float]) -> tuple[float, float, float, float, float]:
    q1, median, q3 = quantiles(xs, n=4, method="inclusive")
    return min(xs), q1, median, q3, max(xs)
