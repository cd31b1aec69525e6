import { block } from "../../blocks/block.js";
import { dupArr, tally } from "./_gen.js";

export default block({
  name: "same",
  aliases: ["allsame", "allequal", "alleq", "identical"],
  sig: "(xs: [T]) -> bool",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether every element equals every other: true for [] and one element (floats as unique compares them: NaN matches NaN, -0.0 matches 0.0)",
  examples: [
    { code: "[2, 2, 2].same", result: "true" },
    { code: "[\"a\", \"b\"].same", result: "false" },
  ],
  oracle: (xs: any[]) => tally(xs).length <= 1,
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t, 8)) },
});
