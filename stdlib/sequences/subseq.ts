import { block } from "../../blocks/block.js";
import { dupArr } from "./_gen.js";

const isSubseq = (a: any[], b: any[]) => { let i = 0; for (const x of b) if (i < a.length && a[i] === x) i++; return i === a.length; };

export default block({
  name: "subseq",
  aliases: ["issubsequence", "subsequence", "issubseq"],
  sig: ["(a: [T], b: [T]) -> bool", "(a: str, b: str) -> bool"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether a's elements (or code points) occur in b in the same order, not necessarily next to each other: [1, 3] is a subsequence of [1, 2, 3]; [] and \"\" are subsequences of anything; elements compare with == (so NaN matches nothing)",
  examples: [
    { code: "[1, 3].subseq([1, 2, 3])", result: "true" },
    { code: "\"ace\".subseq(\"abcde\")", result: "true" },
    { code: "[3, 1].subseq([1, 2, 3])", result: "false" },
  ],
  oracle: (a: any, b: any) => (typeof a === "string" ? isSubseq(Array.from(a), Array.from(b)) : isSubseq(a, b)),
  test: {
    args: (gen, t, k) => {
      const fc = gen.fc;
      if (k === 1) {
        const s = fc.array(fc.constantFrom("a", "b", "é", "漢"), { maxLength: 12 }).map((x: string[]) => x.join(""));
        return fc.oneof(fc.tuple(s, s), s.chain((b: string) => fc.tuple(fc.subarray(Array.from(b)).map((x: string[]) => x.join("")), fc.constant(b))));
      }
      return fc.oneof(fc.tuple(dupArr(gen, t, 6), dupArr(gen, t, 15)), dupArr(gen, t, 15).chain((b: any[]) => fc.tuple(fc.subarray(b), fc.constant(b))));
    },
  },
});
