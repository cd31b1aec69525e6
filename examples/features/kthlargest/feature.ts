export function kthlargest(xs: number[], k: number): number {
  return [...new Set(xs)].sort((a, b) => b - a)[k - 1];
}
