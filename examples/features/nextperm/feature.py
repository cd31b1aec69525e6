def nextperm(xs: list[int]) -> list[int]:
    p = list(xs)
    i = len(p) - 2
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i >= 0:
        j = len(p) - 1
        while p[j] <= p[i]:
            j -= 1
        p[i], p[j] = p[j], p[i]
    p[i + 1 :] = reversed(p[i + 1 :])
    return p
