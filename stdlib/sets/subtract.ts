import { block } from "../../blocks/block.js";
import { dupArr } from "../sequences/_gen.js";

export default block({
  name: "subtract",
  aliases: ["bagdiff", "multisetdifference", "counterminus", "removeeach"],
  sig: "(a: [T], b: [T]) -> [T]",
  types: { T: ["int", "str"] },
  doc: "a with one equal element taken away for each element of b, the earliest first, the rest in order (multiset difference, like Python's Counter(a) - Counter(b) but keeping order): [1, 1, 2].subtract([1]) is [1, 2]; difference takes away every copy",
  examples: [
    { code: "[1, 1, 2, 3].subtract([1, 3, 5])", result: "[1, 2]" },
  ],
  oracle: (a: any[], b: any[]) => {
    const left = new Map<any, number>();
    for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
    return a.filter((x) => { const k = left.get(x) ?? 0; if (k > 0) { left.set(x, k - 1); return false; } return true; });
  },
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t, 12), dupArr(gen, t, 8)) },
});
