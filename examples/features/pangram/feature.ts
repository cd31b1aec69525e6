export function pangram(s: string): boolean {
  const t = s.toLowerCase();
  return [..."abcdefghijklmnopqrstuvwxyz"].every((c) => t.includes(c));
}
