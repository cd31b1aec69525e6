import { block } from "../block.js";
import { setPairs } from "../stats/numeric.js";

export default block({
  name: "subset",
  aliases: ["issubset", "containsall"],
  sig: "(a: [T], b: [T]) -> bool",
  types: { T: ["int", "float", "str"] },
  doc: "whether every element of a is also in b (true when a is empty); floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 3].subset([3, 2, 1])", result: "true" },
    { code: "[\"a\", \"q\"].subset([\"a\", \"b\"])", result: "false" },
  ],
  oracle: (a: any[], b: any[]) => {
    const inB = new Set<any>(b);
    return a.every((x) => inB.has(x));
  },
  test: { args: (gen, t) => setPairs(gen, t.T) },
});
