def islands(grid: list[list[int]]) -> int:
    land = {(r, c) for r, row in enumerate(grid) for c, cell in enumerate(row) if cell == 1}
    count = 0
    while land:
        count += 1
        stack = [land.pop()]
        while stack:
            r, c = stack.pop()
            for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if cell in land:
                    land.remove(cell)
                    stack.append(cell)
    return count
