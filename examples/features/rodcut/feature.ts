export function rodcut(prices: number[], n: number): number {
  const best = [0];
  for (let size = 1; size <= n; size++)
    best.push(Math.max(...prices.slice(0, size).map((p, k) => p + best[size - k - 1])));
  return best[n];
}
