def bins(xs: list[float], k: int) -> list[int]:
    counts = [0] * k
    if xs:
        lo = min(xs)
        width = (max(xs) - lo) / k
        for x in xs:
            counts[min(k - 1, int((x - lo) / width)) if width else 0] += 1
    return counts
