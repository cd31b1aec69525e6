import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "isdict",
  aliases: ["ismap", "isobject"],
  sig: "(x: any) -> bool",
  doc: "true when the any holds a dict (a map from str, a JS object)",
  examples: [{ code: "[1, {\"a\": 2}].map(_.isdict)", result: "[false, true]" }],
  oracle: (v: Value) => kindOf(v) === "dict",
});
