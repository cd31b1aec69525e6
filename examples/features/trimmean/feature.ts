export function trimmean(xs: number[], k: number): number {
  const kept = [...xs].sort((a, b) => a - b).slice(k, xs.length - k);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}
