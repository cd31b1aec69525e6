export function longestrise(xs: number[]): number {
  let [best, run] = [0, 0];
  xs.forEach((x, i) => {
    run = i > 0 && x > xs[i - 1] ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}
