import { block } from "../block.js";
import { cmpStr, elem } from "./_seq.js";

export default block({
  name: "lis",
  aliases: ["longestincreasing"],
  sig: "(xs: [T]) -> int",
  types: { T: ["int", "float", "str"] },
  doc: "the length of a longest strictly increasing subsequence, in O(n log n) (strings by code point; nan is increasing with nothing); 0 when empty",
  examples: [
    { code: "[10, 9, 2, 5, 3, 7, 101, 18].lis", result: "4" },
    { code: "[\"b\", \"a\", \"c\", \"c\"].lis", result: "2" },
  ],
  oracle: (xs: any[], t) => {
    const lt = (a: any, b: any) => (t.T === "str" ? cmpStr(a, b) < 0 : a < b);
    const best: number[] = [];
    xs.forEach((x, i) => {
      best[i] = 1;
      for (let j = 0; j < i; j++) if (lt(xs[j], x) && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    });
    return BigInt(Math.max(0, ...best));
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc, el = elem(gen, t);
      const small = t.T === "int" ? gen.small : t.T === "float" ? fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(NaN, -0)) : fc.constantFrom("a", "b", "c", "é", "漢", "😀", "ab");
      return fc.tuple(fc.oneof({ weight: 1, arbitrary: gen.array(el, 40) }, { weight: 2, arbitrary: fc.array(small, { maxLength: 40 }) }));
    },
  },
});
