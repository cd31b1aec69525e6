export function saddles(m: number[][]): number {
  const lows = m.map((row) => Math.min(...row));
  const highs = (m[0] ?? []).map((_, j) => Math.max(...m.map((row) => row[j])));
  return m.flatMap((row, i) => row.filter((x, j) => x === lows[i] && x === highs[j])).length;
}
