export function revwords(s: string): string {
  return s.split(/\s+/).filter(Boolean).reverse().join(" ");
}
