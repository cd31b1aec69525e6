export function bylength(words: string[]): string[] {
  return [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}
