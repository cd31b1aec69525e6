import { block } from "../block.js";
import { eq } from "./_util.js";
import { arrElem } from "./_args.js";

export default block({
  name: "positions",
  aliases: ["indices", "indexes"],
  sig: "(xs: [T], x: T) -> [int]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the indexes of all elements equal to x, ascending (floats: NaN matches NaN, -0.0 matches 0.0); empty when there are none",
  examples: [
    { code: "[1, 2, 1, 3, 1].positions(1)", result: "[0, 2, 4]" },
    { code: "[\"a\", \"b\"].positions(\"b\")", result: "[1]" },
  ],
  oracle: (xs: any[], x: any) => xs.flatMap((y, i) => (eq(y, x) ? [BigInt(i)] : [])),
  test: { args: (gen, t) => arrElem(gen, t) },
});
