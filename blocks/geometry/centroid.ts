import { block, Fault } from "../block.js";
import { polyArb, Pt } from "./_geo.js";

export default block({
  name: "centroid",
  aliases: ["barycenter"],
  sig: "(points: [(float, float)]) -> (float, float)",
  doc: "the mean of the points (sum of x / n, sum of y / n, summed left to right): the centroid of the vertices, not of the polygon's area; fault empty when there are none",
  examples: [
    { code: "[(0.0, 0.0), (4.0, 0.0), (4.0, 2.0), (0.0, 2.0)].centroid", result: "(2.0, 1.0)" },
    { code: "[(1.0, 1.0), (2.0, 3.0)].centroid", result: "(1.5, 2.0)" },
  ],
  oracle: (pts: Pt[]) => {
    if (pts.length === 0) throw new Fault("empty");
    let sx = 0, sy = 0;
    for (const [x, y] of pts) { sx += x; sy += y; }
    return [sx / pts.length, sy / pts.length];
  },
  test: { args: (gen: any) => gen.fc.tuple(polyArb(gen)) },
});
