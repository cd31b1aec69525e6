export function paths(grid: number[][]): number {
  const row = grid[0].map((_, c) => (c === 0 ? 1 : 0));
  for (const cells of grid) {
    cells.forEach((blocked, c) => {
      if (blocked) row[c] = 0;
      else if (c > 0) row[c] += row[c - 1];
    });
  }
  return row[row.length - 1];
}
