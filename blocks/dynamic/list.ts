import { block, type Value } from "../block.js";
import { held } from "./_any.js";

export default block({
  name: "list",
  aliases: ["tolist", "aslist"],
  sig: "(x: any) -> [any]",
  doc: "the list the any holds, as a [any] (the same list: setting an element shows through the any); faults type on anything else",
  examples: [{ code: "[1, [2, \"b\"]][1].list.len", result: "2" }],
  oracle: (v: Value) => held(v, "list"),
});
