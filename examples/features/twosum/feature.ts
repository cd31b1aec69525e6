export function twosum(xs: number[], target: number): [number, number] {
  const seen = new Map<number, number>();
  for (const [j, x] of xs.entries()) {
    const i = seen.get(target - x);
    if (i !== undefined) return [i, j];
    if (!seen.has(x)) seen.set(x, j);
  }
  return [-1, -1];
}
