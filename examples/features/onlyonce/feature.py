from collections import Counter


def onlyonce(xs: list[int]) -> list[int]:
    counts = Counter(xs)
    return [x for x in xs if counts[x] == 1]
