import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "isfloat",
  sig: "(x: any) -> bool",
  doc: "true when the any holds a float",
  examples: [{ code: "[1, \"a\", 2.5].map(_.isfloat)", result: "[false, false, true]" }],
  oracle: (v: Value) => kindOf(v) === "float",
});
