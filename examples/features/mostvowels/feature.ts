export function mostvowels(s: string): string {
  const vowels = (w: string) => (w.match(/[aeiou]/gi) ?? []).length;
  const words = s.split(/\s+/).filter(Boolean);
  return words.reduce((best, w) => (vowels(w) > vowels(best) ? w : best), words[0] ?? "");
}
