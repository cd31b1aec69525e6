const MINOR = new Set(["a", "an", "and", "in", "of", "on", "or", "the", "to"]);

export function headline(s: string): string {
  const ws = s.toLowerCase().split(/\s+/).filter(Boolean);
  return ws
    .map((w, i) => (MINOR.has(w) && i > 0 && i < ws.length - 1 ? w : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}
