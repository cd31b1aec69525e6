import { block, Fault } from "../../blocks/block.js";
import { polyArb } from "../../blocks/geometry/_geo.js";
import min from "../../blocks/sequences/min.js";
import max from "../../blocks/sequences/max.js";

export default block({
  name: "bbox",
  aliases: ["boundingbox", "bounds2d", "envelope", "aabb"],
  sig: "(points: [(float, float)]) -> ((float, float), (float, float))",
  doc: "the bounding box of the points: ((smallest x, smallest y), (largest x, largest y)), each as min and max find them (NaN counting as the largest); faults (empty) on []",
  examples: [
    { code: "[(1.0, 5.0), (3.0, 2.0)].bbox", result: "((1.0, 2.0), (3.0, 5.0))" },
  ],
  oracle: (ps: number[][]) => {
    if (!ps.length) throw new Fault("empty");
    const t = { T: "float" }, xs = ps.map((p) => p[0]), ys = ps.map((p) => p[1]);
    return [[min.oracle(xs, t), min.oracle(ys, t)], [max.oracle(xs, t), max.oracle(ys, t)]];
  },
  test: { args: (gen) => gen.fc.tuple(polyArb(gen)) },
});
