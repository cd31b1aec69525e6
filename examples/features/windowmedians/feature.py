from statistics import median


def windowmedians(xs: list[int], k: int) -> list[float]:
    return [float(median(xs[i : i + k])) for i in range(len(xs) - k + 1)]
