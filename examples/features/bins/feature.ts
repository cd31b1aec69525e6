export function bins(xs: number[], k: number): number[] {
  const counts = new Array<number>(k).fill(0);
  const lo = Math.min(...xs);
  const width = (Math.max(...xs) - lo) / k;
  for (const x of xs) counts[width ? Math.min(k - 1, Math.floor((x - lo) / width)) : 0]++;
  return counts;
}
