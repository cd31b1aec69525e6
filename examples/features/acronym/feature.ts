export function acronym(phrase: string): string {
  return phrase.split(/[\s-]+/).filter(Boolean).map((word) => word[0].toUpperCase()).join("");
}
