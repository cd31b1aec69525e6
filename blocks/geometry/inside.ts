import { block } from "../block.js";
import { pointArb, polyArb, Pt } from "./_geo.js";

export default block({
  name: "inside",
  aliases: ["pointinpolygon", "point_in_polygon"],
  sig: "(p: (float, float), poly: [(float, float)]) -> bool",
  doc: "whether point p is strictly inside the polygon by the even-odd rule (a crossing count of the edges, each edge counting when it crosses p's horizontal line half-open at its lower end); false on the boundary (an edge whose cross product with p is exactly 0 and whose bounding box holds p) and for fewer than 3 vertices",
  examples: [
    { code: "(1.0, 1.0).inside([(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (0.0, 3.0)])", result: "true" },
    { code: "(4.0, 1.0).inside([(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (0.0, 3.0)])", result: "false" },
  ],
  oracle: (p: Pt, poly: Pt[]) => {
    const n = poly.length;
    if (n < 3) return false;
    let odd = false;
    for (let i = 0; i < n; i++) {
      const a = poly[i], b = poly[(i + 1) % n];
      const o = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
      if (o === 0 && Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1])) return false;
      const aBelow = a[1] <= p[1], bBelow = b[1] <= p[1];
      if (aBelow && !bBelow && o > 0) odd = !odd; // upward edge, p to its left
      if (!aBelow && bBelow && o < 0) odd = !odd; // downward edge, p to its right
    }
    return odd;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const small = fc.integer({ min: -1, max: 5 });
      const grid = fc.tuple(small, small);
      const halves = fc.tuple(small, small).map(([x, y]: number[]) => [x + 0.5, y / 2]);
      const p = fc.oneof({ weight: 3, arbitrary: grid }, { weight: 2, arbitrary: halves }, { weight: 2, arbitrary: pointArb(gen) });
      const poly = fc.oneof({ weight: 3, arbitrary: gen.array(grid, 12) }, { weight: 1, arbitrary: polyArb(gen) },
        fc.constant([[0, 0], [4, 0], [4, 3], [0, 3]]), fc.constant([[0, 0], [4, 0], [2, 2], [4, 4], [0, 4], [2, 2]]));
      return fc.tuple(p, poly);
    },
  },
});
