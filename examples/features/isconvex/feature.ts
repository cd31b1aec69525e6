export function isconvex(ps: [number, number][]): boolean {
  const signs = new Set<boolean>();
  ps.forEach(([ox, oy], i) => {
    const [ax, ay] = ps[(i + 1) % ps.length];
    const [bx, by] = ps[(i + 2) % ps.length];
    const turn = (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
    if (turn !== 0) signs.add(turn > 0);
  });
  return signs.size < 2;
}
