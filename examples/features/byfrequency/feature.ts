export function byfrequency(xs: number[]): number[] {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...xs].sort((a, b) => counts.get(b)! - counts.get(a)! || a - b);
}
