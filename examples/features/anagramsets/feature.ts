export function anagramsets(s: string): number {
  const words = s.toLowerCase().split(/\s+/).filter(Boolean);
  return new Set(words.map((w) => [...w].sort().join(""))).size;
}
