from bisect import insort


def insertsorted(xs: list[int], x: int) -> list[int]:
    out = list(xs)
    insort(out, x)
    return out
