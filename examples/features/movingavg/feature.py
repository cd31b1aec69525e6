def movingavg(xs: list[float], k: int) -> list[float]:
    return [sum(xs[i : i + k]) / k for i in range(len(xs) - k + 1)]
