export function insertsorted(xs: number[], x: number): number[] {
  const i = xs.findIndex((v) => v > x);
  return i < 0 ? [...xs, x] : [...xs.slice(0, i), x, ...xs.slice(i)];
}
