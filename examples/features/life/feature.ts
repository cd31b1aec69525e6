export function life(grid: number[][]): number[][] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return grid.map((row, r) =>
    row.map((cell, c) => {
      const n = sum(grid.slice(Math.max(r - 1, 0), r + 2).map((g) => sum(g.slice(Math.max(c - 1, 0), c + 2)))) - cell;
      return n === 3 || (n === 2 && cell === 1) ? 1 : 0;
    }),
  );
}
