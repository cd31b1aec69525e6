import { block } from "../../blocks/block.js";

export default block({
  name: "splitby",
  aliases: ["splitwhen", "splitwhere", "splitlist"],
  sig: "(xs: [T], f: T => bool) -> [[T]]",
  types: { T: ["any"] },
  doc: "the runs of elements between those for which f is true, which are dropped (what split does to a string): k such elements give k + 1 runs, empty ones included, so [] gives [[]]",
  examples: [
    { code: "[1, 0, 2, 3, 0].splitby(_ == 0)", result: "[[1], [2, 3], []]" },
    { code: "[\"a\", \"b\"].splitby(_ == \"-\")", result: "[[\"a\", \"b\"]]" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    const out: any[][] = [[]];
    for (const x of xs) if (f(x)) out.push([]); else out[out.length - 1].push(x);
    return out;
  },
});
