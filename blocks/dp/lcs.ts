import { block } from "../block.js";
import { codePoints, elem, related, same } from "./_seq.js";

function lcs(a: any[], b: any[]): bigint {
  const row = Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = same(x, b[j - 1]) ? diag + 1 : Math.max(up, row[j - 1]);
      diag = up;
    }
  }
  return BigInt(row[b.length]);
}

export default block({
  name: "lcs",
  aliases: ["longestcommonsubsequence"],
  sig: ["(a: [T], b: [T]) -> int", "(a: str, b: str) -> int"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the length of a longest common subsequence of a and b (elements compared with ==, so nan matches nothing; strings by code point); 0 when either is empty",
  examples: [
    { code: "\"ABCBDAB\".lcs(\"BDCABA\")", result: "4" },
    { code: "[1, 3, 4, 1, 2].lcs([3, 1, 2, 1])", result: "3" },
  ],
  oracle: (a: any, b: any) => (typeof a === "string" ? lcs(codePoints(a), codePoints(b)) : lcs(a, b)),
  test: {
    args: (gen, t, overload) => {
      const fc = gen.fc;
      if (overload === 0) return related(gen, elem(gen, t));
      const chars = fc.array(fc.constantFrom("a", "b", "c", "é", "漢", "😀", "e\u0301"), { maxLength: 20 }).map((cs: string[]) => cs.join(""));
      return fc.oneof({ weight: 3, arbitrary: fc.tuple(chars, chars) }, { weight: 1, arbitrary: fc.tuple(gen.str, gen.str) });
    },
  },
});
