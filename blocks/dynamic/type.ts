import { block, type Value } from "../block.js";
import { kindOf } from "./_any.js";

export default block({
  name: "type",
  aliases: ["typeof", "typename"],
  sig: "(x: any) -> str",
  doc: "the kind of value the any holds: \"null\", \"bool\", \"int\", \"float\", \"str\", \"list\" or \"dict\"",
  examples: [{ code: "[1, \"a\", [2]].map(_.type)", result: "[\"int\", \"str\", \"list\"]" }],
  oracle: (v: Value) => kindOf(v),
});
