import { block } from "../block.js";

export default block({
  name: "sqrt",
  sig: "(x: float) -> float",
  doc: "the square root, correctly rounded; NaN for x < 0, sqrt(-0.0) is -0.0, sqrt(inf) is inf",
  examples: [
    { code: "sqrt(2.25)", result: "1.5" },
    { code: "sqrt(2.0)", result: "1.4142135623730951" },
  ],
  oracle: (x: number) => Math.sqrt(x),
});
