export function mediantwo(xs: number[], ys: number[]): number {
  const all = [...xs, ...ys].sort((a, b) => a - b);
  return (all[(all.length - 1) >> 1] + all[all.length >> 1]) / 2;
}
