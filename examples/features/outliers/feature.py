from statistics import quantiles


def outliers(xs: list[float]) -> list[float]:
    q1, _, q3 = quantiles(xs, n=4, method="inclusive")
    k = 1.5 * (q3 - q1)
    return [x for x in xs if x < q1 - k or x > q3 + k]
