export function maxproduct(xs: number[]): number {
  let hi = xs[0];
  let lo = xs[0];
  let best = xs[0];
  for (const x of xs.slice(1)) {
    [hi, lo] = [Math.max(x, hi * x, lo * x), Math.min(x, hi * x, lo * x)];
    best = Math.max(best, hi);
  }
  return best;
}
