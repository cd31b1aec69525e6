import { block } from "../block.js";
import { setPairs } from "../stats/numeric.js";

export default block({
  name: "disjoint",
  aliases: ["isdisjoint"],
  sig: "(a: [T], b: [T]) -> bool",
  types: { T: ["int", "float", "str"] },
  doc: "whether a and b have no element in common (true when either is empty); floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2].disjoint([3, 4])", result: "true" },
    { code: "[\"a\", \"b\"].disjoint([\"b\", \"c\"])", result: "false" },
  ],
  oracle: (a: any[], b: any[]) => {
    const inB = new Set<any>(b);
    return !a.some((x) => inB.has(x));
  },
  test: { args: (gen, t) => setPairs(gen, t.T) },
});
