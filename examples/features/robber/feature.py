def robber(houses: list[int]) -> int:
    before, best = 0, 0
    for x in houses:
        before, best = best, max(best, before + x)
    return best
