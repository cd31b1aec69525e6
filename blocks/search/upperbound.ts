import { block } from "../block.js";
import { lowerBound, slt, sortedProbe } from "../stats/numeric.js";

export default block({
  name: "upperbound",
  aliases: ["upper_bound", "bisect_right"],
  sig: "(xs: [T], x: T) -> int",
  sublinear: true,
  types: { T: ["int", "float", "str"] },
  doc: "the first index whose element is > x in an ascending array, n when none is: the count of elements <= x, where x would go after its equals; floats sort NaN last, strings by code point",
  examples: [
    { code: "[1, 2, 4, 4, 7].upperbound(4)", result: "4" },
    { code: "[0.5, 1.5, 2.5].upperbound(0.5)", result: "1" },
  ],
  oracle: (xs: any[], x: any) => BigInt(lowerBound(xs, x, (a, y) => !slt(y, a))),
  test: { args: (gen, t) => sortedProbe(gen, t.T) },
});
