import { block } from "../../blocks/block.js";
import { isWs, text } from "../../blocks/strings/text.js";

export default block({
  name: "isblank",
  aliases: ["blank", "isempty", "isemptyorspace", "isnullorwhitespace"],
  sig: "(s: str) -> bool",
  doc: "whether s is empty or all Unicode whitespace (as trim removes it): true for \"\" and \" \\n\" (space needs at least one character)",
  examples: [
    { code: "\"  \\t\".isblank", result: "true" },
    { code: "\"\".isblank", result: "true" },
    { code: "\" a \".isblank", result: "false" },
  ],
  oracle: (s: string) => Array.from(s).every((c) => isWs(c.codePointAt(0)!)),
  test: { args: (gen) => gen.fc.tuple(text(gen, 6)) },
});
