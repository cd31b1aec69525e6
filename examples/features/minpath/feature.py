from itertools import accumulate


def minpath(m: list[list[int]]) -> int:
    best = list(accumulate(m[0]))
    for row in m[1:]:
        best[0] += row[0]
        for j in range(1, len(row)):
            best[j] = min(best[j], best[j - 1]) + row[j]
    return best[-1]
