import { block } from "../../blocks/block.js";
import { dupArr, same } from "./_gen.js";

export default block({
  name: "seteq",
  aliases: ["sameset", "setequal", "equalsets", "sameelements"],
  sig: "(a: [T], b: [T]) -> bool",
  types: { T: ["int", "float", "str"] },
  doc: "whether a and b hold the same distinct elements, order and repeats ignored (Python's set(a) == set(b)); true for two empty arrays; floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2, 2].seteq([2, 1])", result: "true" },
    { code: "[\"a\"].seteq([\"a\", \"b\"])", result: "false" },
  ],
  oracle: (a: any[], b: any[]) => a.every((x) => b.some((y) => same(x, y))) && b.every((y) => a.some((x) => same(x, y))),
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      // b is often a shuffle of a with repeats, so true cases are common
      return fc.oneof(fc.tuple(dupArr(gen, t, 8), dupArr(gen, t, 8)), dupArr(gen, t, 8).chain((a: any[]) => fc.tuple(fc.constant(a), fc.shuffledSubarray([...a, ...a], { minLength: a.length }))));
    },
  },
});
