export function onlyonce(xs: number[]): number[] {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return xs.filter((x) => counts.get(x) === 1);
}
