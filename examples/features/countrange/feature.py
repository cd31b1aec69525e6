from bisect import bisect_left, bisect_right


def countrange(xs: list[int], lo: int, hi: int) -> int:
    return max(0, bisect_right(xs, hi) - bisect_left(xs, lo))
