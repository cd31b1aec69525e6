import { block } from "../../blocks/block.js";
import { dupArr, tally } from "./_gen.js";

export default block({
  name: "singles",
  aliases: ["uniques", "nonrepeated", "occuronce", "lonely"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the elements that occur exactly once, in order; [] when every element repeats (unique keeps one of each instead; floats as unique compares them)",
  examples: [
    { code: "[1, 2, 1, 3].singles", result: "[2, 3]" },
    { code: "[\"a\", \"a\"].singles", result: "[]" },
  ],
  oracle: (xs: any[]) => tally(xs).filter((p) => p[1] === 1n).map((p) => p[0]),
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t)) },
});
