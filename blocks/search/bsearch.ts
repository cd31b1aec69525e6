import { block } from "../block.js";
import { lowerBound, sortedProbe } from "../stats/numeric.js";

export default block({
  name: "bsearch",
  aliases: ["binarysearch", "binary_search", "sortedindex"],
  sig: "(xs: [T], x: T) -> int",
  sublinear: true,
  types: { T: ["int", "float", "str"] },
  doc: "the first index holding x in an ascending array, -1 when there is none, by binary search; floats sort NaN last (a NaN x finds a NaN), -0.0 == 0.0",
  examples: [
    { code: "[1, 3, 3, 5, 8].bsearch(3)", result: "1" },
    { code: "[1, 3, 5].bsearch(4)", result: "-1" },
    { code: "[\"ant\", \"bee\", \"cat\"].bsearch(\"cat\")", result: "2" },
  ],
  oracle: (xs: any[], x: any) => {
    const i = lowerBound(xs, x);
    if (i >= xs.length) return -1n;
    const a = xs[i];
    return a === x || (typeof a === "number" && Number.isNaN(a) && Number.isNaN(x)) ? BigInt(i) : -1n;
  },
  test: { args: (gen, t) => sortedProbe(gen, t.T) },
});
