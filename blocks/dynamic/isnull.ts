import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "isnull",
  aliases: ["isnone"],
  sig: "(x: any) -> bool",
  doc: "true when the any holds null",
  examples: [{ code: "[1, \"a\", null].map(_.isnull)", result: "[false, false, true]" }],
  oracle: (v: Value) => v === null,
});
