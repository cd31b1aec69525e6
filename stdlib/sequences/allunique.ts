import { block } from "../../blocks/block.js";
import { dupArr, tally } from "./_gen.js";

export default block({
  name: "allunique",
  aliases: ["alldistinct", "isunique", "nodups", "noduplicates", "isdistinct"],
  sig: "(xs: [T]) -> bool",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether no element occurs twice: true for [] (floats as unique compares them: NaN matches NaN, -0.0 matches 0.0)",
  examples: [
    { code: "[1, 2, 3].allunique", result: "true" },
    { code: "[1, 2, 1].allunique", result: "false" },
  ],
  oracle: (xs: any[]) => tally(xs).length === xs.length,
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t, 10)) },
});
