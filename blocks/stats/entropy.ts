import { block } from "../block.js";
import { arrays } from "./numeric.js";

export default block({
  name: "entropy",
  aliases: ["shannon"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float", "str"] },
  doc: "the Shannon entropy in bits of the frequencies of the distinct elements, -sum(p log2 p); 0.0 when all are equal or for []; floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2, 3, 4].entropy", result: "2.0" },
    { code: "[\"a\", \"a\", \"b\", \"b\"].entropy", result: "1.0" },
  ],
  oracle: (xs: any[]) => {
    const counts = new Map<any, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    let acc = 0;
    for (const c of counts.values()) { const p = c / xs.length; acc += p * Math.log(p); }
    return (0 - acc) / Math.LN2;
  },
  // the template sums over its hash table, in another order than the oracle's Map
  test: { tolerance: 1e-12, args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
