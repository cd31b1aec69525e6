def twosum(xs: list[int], target: int) -> tuple[int, int]:
    seen = {}
    for j, x in enumerate(xs):
        if target - x in seen:
            return seen[target - x], j
        seen.setdefault(x, j)
    return -1, -1
