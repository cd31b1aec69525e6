import { block } from "../../blocks/block.js";

export default block({
  name: "sigmoid",
  aliases: ["logistic", "expit", "logit_inv"],
  sig: "(x: float) -> float",
  doc: "the logistic function 1 / (1 + e^-x), in [0, 1] (scipy's expit): 0.5 at 0, 0.0 below about -745 and 1.0 above about 37; NaN stays NaN",
  examples: [
    { code: "sigmoid(0.0)", result: "0.5" },
    { code: "sigmoid(2.0).roundto(4)", result: "0.8808" },
  ],
  oracle: (x: number) => 1 / (1 + Math.exp(-x)),
  test: { tolerance: 4e-16 },
});
