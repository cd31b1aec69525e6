import { block } from "../block.js";
import { hypot, polyArb, Pt } from "./_geo.js";

export default block({
  name: "perimeter",
  aliases: ["circumference"],
  sig: "(poly: [(float, float)]) -> float",
  doc: "the length of the closed polygon: the sum, in order, of dist from each vertex to the next and from the last back to the first; 0 when empty",
  examples: [
    { code: "[(0.0, 0.0), (4.0, 0.0), (4.0, 3.0)].perimeter", result: "12.0" },
    { code: "[(0.0, 0.0), (1.0, 0.0)].perimeter", result: "2.0" },
  ],
  oracle: (poly: Pt[]) => {
    let s = 0;
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i], b = poly[(i + 1) % poly.length];
      s += hypot(b[0] - a[0], b[1] - a[1]);
    }
    return s;
  },
  test: { args: (gen: any) => gen.fc.tuple(polyArb(gen)) },
});
