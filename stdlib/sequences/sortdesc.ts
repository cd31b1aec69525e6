import { block } from "../../blocks/block.js";
import { order } from "../../blocks/sequences/_util.js";
import { dupArr } from "./_gen.js";

export default block({
  name: "sortdesc",
  aliases: ["rsort", "sortdescending", "sortreverse", "reversesorted"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the elements in descending order, equal ones keeping their input order (Python's sorted(xs, reverse=True)); floats put NaN first, strings compare by code point",
  examples: [
    { code: "[3, 1, 2].sortdesc", result: "[3, 2, 1]" },
    { code: "[\"b\", \"c\", \"a\"].sortdesc", result: "[\"c\", \"b\", \"a\"]" },
  ],
  oracle: (xs: any[]) => xs.map((x, i) => [x, i] as const).sort((a, b) => order(b[0], a[0]) || a[1] - b[1]).map((p) => p[0]),
  test: { args: (gen, t) => gen.fc.tuple(dupArr(gen, t)) },
});
