import { block } from "../../blocks/block.js";
import { argsOfLane } from "../../blocks/functional/keys.js";

export default block({
  name: "sortwith",
  aliases: ["sortcmp", "sortby_cmp", "cmp_to_key", "usort"],
  sig: "(xs: [T], cmp: (T, T) => int) -> [T]",
  types: { T: ["any"] },
  doc: "the elements sorted by a comparison: a goes before b when cmp(a, b) < 0, and elements that compare 0 keep their order (stable; Python's sorted(key=cmp_to_key(cmp)), JavaScript's sort(cmp)); cmp should be a consistent order",
  examples: [
    { code: "[3, 1, 2].sortwith((a, b) => b - a)", result: "[3, 2, 1]" },
    { code: "[\"bb\", \"a\", \"cc\"].sortwith((a, b) => a.len - b.len)", result: "[\"a\", \"bb\", \"cc\"]" },
  ],
  oracle: (xs: any[], cmp: (a: any, b: any) => bigint) => [...xs].sort((a, b) => Number(cmp(a, b))),
  test: { args: argsOfLane(60) },
});
