export function localmax(m: number[][]): number {
  return m.reduce(
    (count, row, r) =>
      count + row.filter((x, c) => [m[r - 1]?.[c], m[r + 1]?.[c], row[c - 1], row[c + 1]].every((n) => n === undefined || n < x)).length,
    0,
  );
}
