export function rotate(m: number[][]): number[][] {
  return (m[0] ?? []).map((_, j) => m.map((row) => row[j]).reverse());
}
