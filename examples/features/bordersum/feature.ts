export function bordersum(m: number[][]): number {
  const sum = (rows: number[][]) => rows.flat().reduce((a, b) => a + b, 0);
  return sum(m) - sum(m.slice(1, -1).map((row) => row.slice(1, -1)));
}
