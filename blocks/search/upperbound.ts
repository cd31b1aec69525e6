import { block } from "../block.js";
import { lowerBound, slt, sortedProbe } from "../stats/numeric.js";

export default block({
  name: "upperbound",
  aliases: ["upper_bound", "bisect_right"],
  sig: "(xs: [T], x: T) -> int",
  types: { T: ["int", "float", "str"] },
  doc: "in an ascending array, the first index whose element is > x (the count of elements <= x): where x would be inserted after its equals; n if none; floats sort NaN last, strings by code point",
  examples: [
    { code: "[1, 2, 4, 4, 7].upperbound(4)", result: "4" },
    { code: "[0.5, 1.5, 2.5].upperbound(0.5)", result: "1" },
  ],
  oracle: (xs: any[], x: any) => BigInt(lowerBound(xs, x, (a, y) => !slt(y, a))),
  test: { args: (gen, t) => sortedProbe(gen, t.T) },
});
