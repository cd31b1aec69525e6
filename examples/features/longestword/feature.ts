export function longestword(s: string): string {
  return s.split(/\s+/).reduce((best, word) => (word.length > best.length ? word : best), "");
}
