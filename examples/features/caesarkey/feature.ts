export function caesarkey(s: string): number {
  const counts = new Array(26).fill(0);
  for (const c of s.toLowerCase()) if (c >= "a" && c <= "z") counts[c.charCodeAt(0) - 97]++;
  return (counts.indexOf(Math.max(...counts)) + 22) % 26;
}
