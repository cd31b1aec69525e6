export function magic(m: number[][]): boolean {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const sums = [
    ...m.map(sum),
    ...m.map((_, j) => sum(m.map((row) => row[j]))),
    sum(m.map((row, i) => row[i])),
    sum(m.map((row, i) => row[m.length - 1 - i])),
  ];
  return sums.every((s) => s === sums[0]);
}
