export function maxdrawdown(xs: number[]): number {
  let peak = -Infinity;
  let worst = 0;
  for (const x of xs) {
    peak = Math.max(peak, x);
    worst = Math.max(worst, peak - x);
  }
  return worst;
}
