const SMALL = new Set(["a", "an", "the", "of", "and", "in", "on"]);

export function titlecase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}
