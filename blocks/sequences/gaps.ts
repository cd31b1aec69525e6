import { block } from "../block.js";

export default block({
  name: "gaps",
  aliases: ["diffs", "diff", "deltas"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float"] },
  doc: "the differences of adjacent elements, xs[i+1] - xs[i] (ints wrap at 64 bits); one shorter than xs, empty when it has fewer than two",
  examples: [
    { code: "[1, 4, 9, 16].gaps", result: "[3, 5, 7]" },
    { code: "[0.5, 2.0].gaps", result: "[1.5]" },
  ],
  oracle: (xs: any[], t) => xs.slice(1).map((x: any, i) => (t.T === "int" ? BigInt.asIntN(64, (x as bigint) - (xs[i] as bigint)) : x - xs[i])),
});
