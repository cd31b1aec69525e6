import { block } from "../../blocks/block.js";

export default block({
  name: "acos",
  aliases: ["arccos", "acosine"],
  sig: "(x: float) -> float",
  doc: "the arc cosine in radians, in [0, pi], within a few ulp (computed as atan2(sqrt((1 - x)(1 + x)), x)); NaN for x outside [-1, 1] and for NaN",
  examples: [
    { code: "acos(-1.0)", result: "3.141592653589793" },
    { code: "acos(0.5).degrees.roundto(6)", result: "60.0" },
  ],
  oracle: (x: number) => Math.acos(x),
  test: { tolerance: 4e-15, args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: -1, max: 1, noNaN: true }))) },
});
