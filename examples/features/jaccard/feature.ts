export function jaccard(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/\s+/).filter(Boolean));
  const x = words(a), y = words(b);
  const union = new Set([...x, ...y]);
  return union.size ? [...x].filter((w) => y.has(w)).length / union.size : 1;
}
