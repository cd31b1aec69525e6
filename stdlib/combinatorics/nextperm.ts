import { block } from "../../blocks/block.js";
import { order } from "../../blocks/sequences/_util.js";
import { dupArr } from "../sequences/_gen.js";

function next(xs: any[]): any[] {
  const a = [...xs];
  let i = a.length - 2;
  while (i >= 0 && order(a[i], a[i + 1]) >= 0) i--;
  if (i >= 0) { let j = a.length - 1; while (order(a[j], a[i]) <= 0) j--; [a[i], a[j]] = [a[j], a[i]]; }
  return [...a.slice(0, i + 1), ...a.slice(i + 1).reverse()];
}

export default block({
  name: "nextperm",
  aliases: ["next_permutation", "nextpermutation", "nextlex"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "str"] },
  doc: "the next arrangement of xs in lexicographic order (C++'s std::next_permutation; equal elements give no duplicates): [1, 2, 3] → [1, 3, 2]; the last one, in non-increasing order, wraps to the first, ascending",
  examples: [
    { code: "[1, 2, 3].nextperm", result: "[1, 3, 2]" },
    { code: "[3, 2, 1].nextperm", result: "[1, 2, 3]" },
  ],
  oracle: (xs: any[]) => next(xs),
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t, 8)) },
});
