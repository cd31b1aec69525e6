export function closestsum(xs: number[], t: number): number {
  const sums = xs.flatMap((a, i) => xs.slice(i + 1).map((b) => a + b));
  return sums.reduce((best, s) => {
    const d = Math.abs(s - t) - Math.abs(best - t);
    return d < 0 || (d === 0 && s < best) ? s : best;
  });
}
