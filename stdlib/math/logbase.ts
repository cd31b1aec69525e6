import { block } from "../../blocks/block.js";

export default block({
  name: "logbase",
  aliases: ["logb", "logn", "logarithm", "logto"],
  sig: "(x: float, b: float) -> float",
  doc: "the logarithm of x in base b, log(x) / log(b) as Python's math.log(x, b) computes it (so not always exact: logbase(81.0, 3.0) is 4.000000000000001; log10, log2 and ilog are exact where they can be); NaN for x < 0",
  examples: [
    { code: "logbase(8.0, 2.0)", result: "3.0" },
    { code: "logbase(81.0, 3.0)", result: "4.000000000000001" },
  ],
  oracle: (x: number, b: number) => Math.log(x) / Math.log(b),
  test: { tolerance: 4e-15 },
});
