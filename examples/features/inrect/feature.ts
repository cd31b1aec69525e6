type Point = [number, number];

export function inrect(ps: Point[], a: Point, b: Point): number {
  const within = (v: number, i: number) => Math.min(a[i], b[i]) <= v && v <= Math.max(a[i], b[i]);
  return ps.filter(([x, y]) => within(x, 0) && within(y, 1)).length;
}
