export function movingavg(xs: number[], k: number): number[] {
  return xs.slice(k - 1).map((_, i) => xs.slice(i, i + k).reduce((a, b) => a + b, 0) / k);
}
