def paths(grid: list[list[int]]) -> int:
    row = [1] + [0] * (len(grid[0]) - 1)
    for cells in grid:
        for c, blocked in enumerate(cells):
            if blocked:
                row[c] = 0
            elif c > 0:
                row[c] += row[c - 1]
    return row[-1]
