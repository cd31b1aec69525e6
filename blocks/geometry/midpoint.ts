import { block } from "../block.js";
import { pointArb, Pt } from "./_geo.js";

export default block({
  name: "midpoint",
  aliases: ["midpt"],
  sig: "(p: (float, float), q: (float, float)) -> (float, float)",
  doc: "the point halfway between p and q: ((px + qx) / 2, (py + qy) / 2)",
  examples: [
    { code: "midpoint((0.0, 0.0), (4.0, 2.0))", result: "(2.0, 1.0)" },
    { code: "midpoint((1.0, -1.0), (2.0, 1.0))", result: "(1.5, 0.0)" },
  ],
  oracle: (p: Pt, q: Pt) => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2],
  test: { args: (gen: any) => gen.fc.tuple(pointArb(gen), pointArb(gen)) },
});
