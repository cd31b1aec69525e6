import { block } from "../../blocks/block.js";
import { pointArb } from "../../blocks/geometry/_geo.js";

export default block({
  name: "polar",
  aliases: ["topolar", "cart2pol", "tophase"],
  sig: "(p: (float, float)) -> (float, float)",
  doc: "the point (x, y) in polar coordinates (r, theta): r = hypot(x, y), theta = atan2(y, x) in [-pi, pi] (Python's cmath.polar); rect converts back",
  examples: [
    { code: "polar((0.0, 2.0))", result: "(2.0, 1.5707963267948966)" },
  ],
  oracle: (p: number[]) => [Math.hypot(p[0], p[1]), Math.atan2(p[1], p[0])],
  test: { tolerance: 1e-15, args: (gen) => gen.fc.tuple(pointArb(gen)) },
});
