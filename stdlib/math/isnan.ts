import { block } from "../../blocks/block.js";

export default block({
  name: "isnan",
  aliases: ["isNaN", "nanq"],
  sig: "(x: float) -> bool",
  doc: "whether x is NaN, the one float not equal to itself (x == nan is always false, so test with isnan)",
  examples: [
    { code: "(0.0 / 0.0).isnan", result: "true" },
    { code: "inf().isnan", result: "false" },
  ],
  oracle: (x: number) => Number.isNaN(x),
});
