export function stairs(n: number, steps: number[]): number {
  const ways = [1];
  for (let i = 1; i <= n; i++) ways[i] = steps.reduce((sum, s) => (s <= i ? sum + ways[i - s] : sum), 0);
  return ways[n];
}
