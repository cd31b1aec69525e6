export function topcolumn(m: number[][]): number {
  const sums = m[0].map((_, j) => m.reduce((total, row) => total + row[j], 0));
  return sums.indexOf(Math.max(...sums));
}
