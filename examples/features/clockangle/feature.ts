export function clockangle(h: number, m: number): number {
  const d = Math.abs(30 * (h % 12) - 5.5 * m);
  return Math.min(d, 360 - d);
}
