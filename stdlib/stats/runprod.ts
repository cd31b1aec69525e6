import { block } from "../../blocks/block.js";
import { arrays } from "../../blocks/stats/numeric.js";

export default block({
  name: "runprod",
  aliases: ["cumprod", "cumulativeproduct", "prefixproduct", "cumproduct"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float"] },
  doc: "the running products: element i is xs[0] · … · xs[i], multiplied left to right (ints wrap at 64 bits); same length as xs (prefix gives running sums)",
  examples: [
    { code: "[1, 2, 3, 4].runprod", result: "[1, 2, 6, 24]" },
    { code: "[0.5, 4.0].runprod", result: "[0.5, 2.0]" },
  ],
  oracle: (xs: any[], t: any) => {
    let p: any = t.T === "int" ? 1n : 1;
    return xs.map((x) => (p = t.T === "int" ? BigInt.asIntN(64, (p as bigint) * (x as bigint)) : p * x));
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 40)) },
});
