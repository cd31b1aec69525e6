export function diagdiff(m: number[][]): number {
  return Math.abs(m.reduce((sum, row, i) => sum + row[i] - row[m.length - 1 - i], 0));
}
