export function piglatin(s: string): string {
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const [, head, rest] = w.match(/^([^aeiou]*)(.*)$/)!;
      return head ? rest + head + "ay" : w + "way";
    })
    .join(" ");
}
