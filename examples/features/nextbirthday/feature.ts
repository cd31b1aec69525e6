export function nextbirthday(y: number, m: number, d: number, bm: number, bd: number): number {
  const today = Date.UTC(y, m - 1, d);
  let next = Date.UTC(y, bm - 1, bd);
  if (next < today) next = Date.UTC(y + 1, bm - 1, bd);
  return (next - today) / 86400000;
}
