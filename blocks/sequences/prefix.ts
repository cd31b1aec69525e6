import { block } from "../block.js";

export default block({
  name: "prefix",
  aliases: ["cumsum", "accumulate", "running"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float"] },
  doc: "the running sums: element i is xs[0] + ... + xs[i], added left to right (ints wrap at 64 bits); same length as xs",
  examples: [
    { code: "[1, 2, 3, 4].prefix", result: "[1, 3, 6, 10]" },
    { code: "[0.5, 0.25].prefix", result: "[0.5, 0.75]" },
  ],
  oracle: (xs: any[], t) => {
    let acc: any = t.T === "int" ? 0n : -0; // -0 + x is x for every x, so the first sum is xs[0] exactly
    return xs.map((x) => (acc = t.T === "int" ? BigInt.asIntN(64, acc + x) : acc + x));
  },
});
