import { block, Fault } from "../block.js";
import { cross, pointArb, Pt } from "./_geo.js";

/** Andrew's monotone chain on the sorted, deduplicated points (-0 read as 0), rotated to start at
 *  the lowest point (leftmost among the lowest). */
export function hull(pts: Pt[]): Pt[] {
  if (pts.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) throw new Fault("argument");
  const s = pts.map(([x, y]) => [x + 0, y + 0] as Pt).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const u: Pt[] = [];
  for (const p of s) if (!u.length || u[u.length - 1][0] !== p[0] || u[u.length - 1][1] !== p[1]) u.push(p);
  let h: Pt[];
  if (u.length < 3) h = u;
  else {
    h = [];
    for (const p of u) {
      while (h.length >= 2 && cross(h[h.length - 2], h[h.length - 1], p) <= 0) h.pop();
      h.push(p);
    }
    const t = h.length + 1;
    for (let i = u.length - 2; i >= 0; i--) {
      while (h.length >= t && cross(h[h.length - 2], h[h.length - 1], u[i]) <= 0) h.pop();
      h.push(u[i]);
    }
    h.pop();
  }
  let r = 0;
  for (let i = 1; i < h.length; i++) if (h[i][1] < h[r][1] || (h[i][1] === h[r][1] && h[i][0] < h[r][0])) r = i;
  return [...h.slice(r), ...h.slice(0, r)];
}

export default block({
  name: "hull",
  aliases: ["convexhull", "convex_hull"],
  sig: "(points: [(float, float)]) -> [(float, float)]",
  doc: "the convex hull's vertices counter-clockwise from the lowest point (leftmost among the lowest), without duplicate or collinear points (Andrew's monotone chain, n log n); 1 or 2 points for degenerate input, empty for empty, -0 read as 0; fault argument on a nan or infinite coordinate",
  examples: [
    { code: "[(0.0, 0.0), (2.0, 0.0), (1.0, 1.0), (2.0, 2.0), (0.0, 2.0), (1.0, 0.0)].hull", result: "[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]" },
    { code: "[(3.0, 1.0), (1.0, 1.0), (2.0, 1.0)].hull", result: "[(1.0, 1.0), (3.0, 1.0)]" },
  ],
  oracle: (pts: Pt[]) => hull(pts),
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const small = fc.integer({ min: -3, max: 3 });
      const grid = fc.tuple(small, small);
      const line = fc.integer({ min: -5, max: 5 }).map((t: number) => [t, 2 * t - 1]);
      return fc.tuple(fc.oneof(
        { weight: 3, arbitrary: gen.array(grid, 40) },
        { weight: 1, arbitrary: gen.array(line, 10) },
        { weight: 2, arbitrary: gen.array(pointArb(gen, true), 30) },
        { weight: 1, arbitrary: gen.array(pointArb(gen), 8) },
      ));
    },
  },
});
