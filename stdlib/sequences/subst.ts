import { block } from "../../blocks/block.js";
import { dupArr, dupElem, same } from "./_gen.js";

export default block({
  name: "subst",
  aliases: ["replaceelem", "substitute", "swapout"],
  sig: "(xs: [T], old: T, new: T) -> [T]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "a new array with every element equal to old replaced by new (floats: NaN matches NaN, -0.0 matches 0.0); replace does this for text in a string",
  examples: [
    { code: "[1, 2, 1].subst(1, 9)", result: "[9, 2, 9]" },
    { code: "[\"a\", \"b\"].subst(\"z\", \"y\")", result: "[\"a\", \"b\"]" },
  ],
  oracle: (xs: any[], old: any, nw: any) => xs.map((x) => (same(x, old) ? nw : x)),
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t), dupElem(gen, t.T), dupElem(gen, t.T)) },
});
