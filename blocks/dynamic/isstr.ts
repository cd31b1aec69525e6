import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "isstr",
  aliases: ["isstring"],
  sig: "(x: any) -> bool",
  doc: "true when the any holds a str",
  examples: [{ code: "[1, \"a\"].count(_.isstr)", result: "1" }],
  oracle: (v: Value) => kindOf(v) === "str",
});
