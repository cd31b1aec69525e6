export function issymmetric(m: number[][]): boolean {
  return m.every((row, i) => row.length === m.length && row.every((x, j) => x === m[j][i]));
}
