export function lengthhist(s: string): number[] {
  const counts: number[] = [];
  for (const w of s.split(/\s+/).filter(Boolean)) counts[w.length - 1] = (counts[w.length - 1] ?? 0) + 1;
  return Array.from(counts, (c) => c ?? 0);
}
