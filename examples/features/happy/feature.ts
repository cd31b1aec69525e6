export function happy(n: number): boolean {
  const seen = new Set<number>();
  while (n !== 1 && !seen.has(n)) {
    seen.add(n);
    n = [...String(n)].reduce((sum, d) => sum + Number(d) ** 2, 0);
  }
  return n === 1;
}
