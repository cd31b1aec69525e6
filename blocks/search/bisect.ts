import { block } from "../block.js";
import { lowerBound, sortedProbe } from "../stats/numeric.js";

export default block({
  name: "bisect",
  aliases: ["lowerbound", "lower_bound", "bisect_left", "searchsorted"],
  sig: "(xs: [T], x: T) -> int",
  sublinear: true,
  types: { T: ["int", "float", "str"] },
  doc: "the first index whose element is >= x in an ascending array, n when none is: the count of elements < x, where x would go before its equals; floats sort NaN last, strings by code point",
  examples: [
    { code: "[1, 2, 4, 4, 7].bisect(4)", result: "2" },
    { code: "[0.5, 1.5, 2.5].bisect(2.0)", result: "2" },
    { code: "[\"ant\", \"bee\", \"cat\"].bisect(\"bob\")", result: "2" },
  ],
  oracle: (xs: any[], x: any) => BigInt(lowerBound(xs, x)),
  test: { args: (gen, t) => sortedProbe(gen, t.T) },
});
