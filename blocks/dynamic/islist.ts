import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "islist",
  aliases: ["isarray"],
  sig: "(x: any) -> bool",
  doc: "true when the any holds a list",
  examples: [{ code: "[1, [2, 3]].map(_.islist)", result: "[false, true]" }],
  oracle: (v: Value) => kindOf(v) === "list",
});
