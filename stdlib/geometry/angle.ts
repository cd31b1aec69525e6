import { block } from "../../blocks/block.js";
import { pointArb } from "../../blocks/geometry/_geo.js";

export default block({
  name: "angle",
  aliases: ["anglebetween", "vertexangle", "angleat"],
  sig: "(a: (float, float), o: (float, float), b: (float, float)) -> float",
  doc: "the angle at o between the rays from o to a and from o to b, in radians in [0, pi] (whichever way round), as atan2(|cross|, dot); 0.0 when a or b is o",
  examples: [
    { code: "angle((1.0, 0.0), (0.0, 0.0), (0.0, 2.0))", result: "1.5707963267948966" },
    { code: "angle((1.0, 1.0), (0.0, 0.0), (2.0, 2.0))", result: "0.0" },
  ],
  oracle: (a: number[], o: number[], b: number[]) => {
    const ux = a[0] - o[0], uy = a[1] - o[1], vx = b[0] - o[0], vy = b[1] - o[1];
    return Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy);
  },
  test: { tolerance: 1e-15, args: (gen) => gen.fc.tuple(pointArb(gen, true), pointArb(gen, true), pointArb(gen, true)) },
});
