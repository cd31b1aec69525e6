import { block } from "../block.js";
import { hypot, pointArb } from "./_geo.js";

export default block({
  name: "dist",
  aliases: ["distance", "euclidean"],
  sig: "(p: (float, float), q: (float, float)) -> float",
  doc: "the Euclidean distance between points p and q, computed as m·sqrt((dx/m)² + (dy/m)²) with m the larger of |dx|, |dy| so squaring cannot overflow or underflow; inf when a difference is infinite, else nan when one is nan",
  examples: [
    { code: "dist((0.0, 0.0), (3.0, 4.0))", result: "5.0" },
    { code: "dist((1.0, 1.0), (2.0, 2.0))", result: "1.4142135623730951" },
  ],
  oracle: (p: number[], q: number[]) => hypot(q[0] - p[0], q[1] - p[1]),
  test: { args: (gen: any) => gen.fc.tuple(pointArb(gen), pointArb(gen)) },
});
