import { block } from "../../blocks/block.js";

export default block({
  name: "asin",
  aliases: ["arcsin", "asine"],
  sig: "(x: float) -> float",
  doc: "the arc sine in radians, in [-pi/2, pi/2], within a few ulp (computed as atan2(x, sqrt((1 - x)(1 + x)))); NaN for x outside [-1, 1] and for NaN",
  examples: [
    { code: "asin(1.0)", result: "1.5707963267948966" },
    { code: "asin(0.5).degrees.roundto(6)", result: "30.0" },
  ],
  oracle: (x: number) => Math.asin(x),
  test: { tolerance: 4e-15, args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: -1, max: 1, noNaN: true }))) },
});
