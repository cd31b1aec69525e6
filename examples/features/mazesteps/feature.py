from collections import deque


def mazesteps(grid: list[str]) -> int:
    if not grid or grid[0][0] == "#":
        return -1
    steps = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            i, j = cell
            if 0 <= i < len(grid) and 0 <= j < len(grid[i]) and grid[i][j] == "." and cell not in steps:
                steps[cell] = steps[r, c] + 1
                queue.append(cell)
    return steps.get((len(grid) - 1, len(grid[0]) - 1), -1)
