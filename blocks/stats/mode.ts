import { block, Fault } from "../block.js";
import { arrays, less } from "./numeric.js";

export default block({
  name: "mode",
  aliases: ["most_frequent"],
  sig: "(xs: [T]) -> T",
  types: { T: ["int", "float", "str"] },
  doc: "the most frequent element, the smallest on ties, faulting (empty) on []; floats: -0.0 == 0.0 and NaN == NaN, NaN largest; strings by code point",
  examples: [
    { code: "[1, 3, 3, 2, 2].mode", result: "2" },
    { code: "[\"b\", \"a\", \"b\"].mode", result: "b" },
    { code: "[1.5, 0.5, 1.5].mode", result: "1.5" },
  ],
  oracle: (xs: any[]) => {
    if (xs.length === 0) throw new Fault("empty");
    const groups = new Map<any, { count: number; rep: any }>();
    for (const x of xs) {
      const g = groups.get(x);
      if (!g) groups.set(x, { count: 1, rep: x });
      else { g.count++; if (less(x, g.rep)) g.rep = x; }
    }
    let best: { count: number; rep: any } | undefined;
    for (const g of groups.values()) if (!best || g.count > best.count || (g.count === best.count && less(g.rep, best.rep))) best = g;
    return best!.rep;
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
