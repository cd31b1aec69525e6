import { block } from "../../blocks/block.js";
import { dupArr, tally } from "./_gen.js";

export default block({
  name: "dups",
  aliases: ["duplicates", "repeated", "dupes"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the elements that occur more than once, each once, in order of first appearance; [] when none repeats (floats as unique compares them)",
  examples: [
    { code: "[1, 2, 1, 3, 2, 1].dups", result: "[1, 2]" },
    { code: "[\"a\", \"b\"].dups", result: "[]" },
  ],
  oracle: (xs: any[]) => tally(xs).filter((p) => p[1] > 1n).map((p) => p[0]),
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t)) },
});
