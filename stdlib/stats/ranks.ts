import { block } from "../../blocks/block.js";
import { order } from "../../blocks/sequences/_util.js";
import { dupArr, same } from "../sequences/_gen.js";

export default block({
  name: "ranks",
  aliases: ["rankdata", "rank", "ranking", "averageranks"],
  sig: "(xs: [T]) -> [float]",
  types: { T: ["int", "float", "str"] },
  doc: "the rank of each element, 1 for the smallest, ties sharing the mean of the ranks they span (scipy's rankdata: [10, 20, 10] gives [1.5, 3.0, 1.5]); in sort's order, so NaN ranks last; [] for []",
  examples: [
    { code: "[10, 20, 10].ranks", result: "[1.5, 3.0, 1.5]" },
    { code: "[\"b\", \"a\", \"c\"].ranks", result: "[2.0, 1.0, 3.0]" },
  ],
  oracle: (xs: any[]) => {
    const idx = xs.map((_, i) => i).sort((a, b) => order(xs[a], xs[b]) || a - b);
    const out = Array(xs.length).fill(0);
    for (let i = 0; i < idx.length;) {
      let j = i;
      while (j + 1 < idx.length && same(xs[idx[j + 1]], xs[idx[i]])) j++;
      for (let k = i; k <= j; k++) out[idx[k]] = (i + j + 2) / 2;
      i = j + 1;
    }
    return out;
  },
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t, 25)) },
});
