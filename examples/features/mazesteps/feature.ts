export function mazesteps(grid: string[]): number {
  if (grid[0]?.[0] !== ".") return -1;
  const steps = grid.map((row) => [...row].map(() => -1));
  steps[0][0] = 0;
  const queue = [[0, 0]];
  for (const [r, c] of queue) {
    for (const [i, j] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (grid[i]?.[j] === "." && steps[i][j] < 0) {
        steps[i][j] = steps[r][c] + 1;
        queue.push([i, j]);
      }
    }
  }
  return steps[grid.length - 1][grid[0].length - 1];
}
