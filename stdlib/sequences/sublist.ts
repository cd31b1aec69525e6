import { block } from "../../blocks/block.js";
import { dupArr } from "./_gen.js";

export default block({
  name: "sublist",
  aliases: ["issublist", "hasrun", "containsrun", "isinfix", "subarray"],
  sig: "(a: [T], b: [T]) -> bool",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether a occurs in b as a run of consecutive elements: [2, 3] in [1, 2, 3] but not [1, 3] (that is subseq); [] occurs in anything; elements compare with == (so NaN matches nothing)",
  examples: [
    { code: "[2, 3].sublist([1, 2, 3, 4])", result: "true" },
    { code: "[1, 3].sublist([1, 2, 3])", result: "false" },
  ],
  oracle: (a: any[], b: any[]) => {
    for (let i = 0; i + a.length <= b.length; i++) if (a.every((x, j) => x === b[i + j])) return true;
    return false;
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const runOf = (b: any[]) => fc.tuple(fc.nat(b.length), fc.nat(b.length)).map(([i, j]: [number, number]) => b.slice(Math.min(i, j), Math.max(i, j)));
      return fc.oneof(fc.tuple(dupArr(gen, t, 4), dupArr(gen, t, 15)), dupArr(gen, t, 15).chain((b: any[]) => fc.tuple(runOf(b), fc.constant(b))));
    },
  },
});
