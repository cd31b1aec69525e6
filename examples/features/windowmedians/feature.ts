export function windowmedians(xs: number[], k: number): number[] {
  return xs.slice(k - 1).map((_, i) => {
    const w = xs.slice(i, i + k).sort((a, b) => a - b);
    return (w[(k - 1) >> 1] + w[k >> 1]) / 2;
  });
}
