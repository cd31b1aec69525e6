import { block } from "../../blocks/block.js";

export default block({
  name: "finite",
  aliases: ["isfinite", "isFinite", "finiteq"],
  sig: "(x: float) -> bool",
  doc: "whether x is a finite float: false for inf, -inf and NaN, true for everything else (Python's math.isfinite)",
  examples: [
    { code: "1e308.finite", result: "true" },
    { code: "(1e308 * 10.0).finite", result: "false" },
  ],
  oracle: (x: number) => Number.isFinite(x),
});
