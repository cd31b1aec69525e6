export function islands(grid: number[][]): number {
  const g = grid.map((row) => [...row]);
  const sink = (r: number, c: number): number => {
    if (g[r]?.[c] !== 1) return 0;
    g[r][c] = 0;
    sink(r + 1, c);
    sink(r - 1, c);
    sink(r, c + 1);
    sink(r, c - 1);
    return 1;
  };
  return g.reduce((count, row, r) => count + row.reduce((n, _, c) => n + sink(r, c), 0), 0);
}
