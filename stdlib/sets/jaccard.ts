import { block } from "../../blocks/block.js";
import { dupArr, same, tally } from "../sequences/_gen.js";

export default block({
  name: "jaccard",
  aliases: ["jaccardindex", "jaccardsimilarity", "iou", "setsimilarity"],
  sig: "(a: [T], b: [T]) -> float",
  types: { T: ["int", "float", "str"] },
  doc: "the Jaccard similarity of the distinct elements: |a ∩ b| / |a ∪ b|, from 0.0 (nothing shared) to 1.0 (the same set); 1.0 when both are empty; floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2, 3].jaccard([2, 3, 4])", result: "0.5" },
    { code: "[\"a\"].jaccard([\"b\"])", result: "0.0" },
  ],
  oracle: (a: any[], b: any[]) => {
    const u = tally([...a, ...b]).length;
    return u === 0 ? 1 : tally(a).filter(([x]) => b.some((y) => same(x, y))).length / u;
  },
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t, 8), dupArr(gen, t, 8)) },
});
