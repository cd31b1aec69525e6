import { block } from "../block.js";
import { cross, polyArb, Pt } from "./_geo.js";

export default block({
  name: "area",
  aliases: ["polyarea", "polygon_area", "shoelace"],
  sig: "(poly: [(float, float)]) -> float",
  doc: "the area of the polygon (vertices in order, either direction): |shoelace sum| / 2, summed as triangles fanned from the first vertex; 0 with fewer than 3 vertices",
  examples: [
    { code: "[(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (0.0, 3.0)].area", result: "12.0" },
    { code: "[(0.0, 0.0), (0.0, 1.0), (1.0, 0.0)].area", result: "0.5" },
  ],
  oracle: (poly: Pt[]) => {
    let s = 0;
    for (let i = 1; i + 1 < poly.length; i++) s += cross(poly[0], poly[i], poly[i + 1]);
    return Math.abs(s) / 2;
  },
  test: { args: (gen: any) => gen.fc.tuple(polyArb(gen)) },
});
