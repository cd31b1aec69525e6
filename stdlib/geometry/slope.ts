import { block } from "../../blocks/block.js";
import { pointArb } from "../../blocks/geometry/_geo.js";

export default block({
  name: "slope",
  aliases: ["gradient", "riseoverrun", "lineslope"],
  sig: "(p: (float, float), q: (float, float)) -> float",
  doc: "the slope of the line through p and q, (qy - py) / (qx - px): ±inf for a vertical line, NaN when p and q are the same point",
  examples: [
    { code: "slope((1.0, 1.0), (3.0, 5.0))", result: "2.0" },
    { code: "slope((1.0, 1.0), (1.0, 5.0))", result: "inf" },
  ],
  oracle: (p: number[], q: number[]) => (q[1] - p[1]) / (q[0] - p[0]),
  test: { args: (gen) => gen.fc.tuple(pointArb(gen), pointArb(gen)) },
});
