export function commonall(m: number[][]): number[] {
  return [...new Set(m[0])].filter((x) => m.every((row) => row.includes(x))).sort((a, b) => a - b);
}
