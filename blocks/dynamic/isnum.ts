import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "isnum",
  aliases: ["isnumber"],
  sig: "(x: any) -> bool",
  doc: "true when the any holds a number: an int or a float",
  examples: [{ code: "[1, \"a\", 2.5].map(_.isnum)", result: "[true, false, true]" }],
  oracle: (v: Value) => kindOf(v) === "int" || kindOf(v) === "float",
});
