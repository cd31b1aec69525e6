export function nearestpoint(ps: [number, number][], q: [number, number]): number {
  const d = ([x, y]: [number, number]) => Math.hypot(x - q[0], y - q[1]);
  return ps.reduce((best, p, i) => (d(p) < d(ps[best]) ? i : best), 0);
}
