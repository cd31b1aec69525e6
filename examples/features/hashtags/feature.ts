export function hashtags(text: string): string[] {
  return [...new Set(Array.from(text.toLowerCase().matchAll(/#([a-z0-9]+)/g), (m) => m[1]))];
}
