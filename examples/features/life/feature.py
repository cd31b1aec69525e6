def life(grid: list[list[int]]) -> list[list[int]]:
    def cell(r: int, c: int) -> int:
        n = sum(sum(row[max(c - 1, 0):c + 2]) for row in grid[max(r - 1, 0):r + 2]) - grid[r][c]
        return int(n == 3 or n == 2 and grid[r][c] == 1)

    return [[cell(r, c) for c in range(len(row))] for r, row in enumerate(grid)]
