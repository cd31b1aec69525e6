import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "isint",
  aliases: ["isinteger"],
  sig: "(x: any) -> bool",
  doc: "true when the any holds an int (a JS number that is an integer crosses as one)",
  examples: [{ code: "[1, \"a\", 2.5].map(_.isint)", result: "[true, false, false]" }],
  oracle: (v: Value) => kindOf(v) === "int",
});
