import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "isintstr",
  aliases: ["isdigits", "intlike"],
  sig: "(s: str) -> bool",
  doc: "whether s is an optional + or - followed by one or more ASCII digits and nothing else (no spaces, points or other scripts' digits), whatever its size: int(s) then reads it, faulting only when it is outside the int range",
  examples: [
    { code: "\"-42\".isintstr", result: "true" },
    { code: "\"4.2\".isintstr", result: "false" },
    { code: "\"\".isintstr", result: "false" },
  ],
  oracle: (s: string) => /^[+-]?[0-9]+$/.test(s),
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(text(gen, 6), gen.fc.constantFrom("+1", "-0", "--1", "1 ", " 1", "12a", "+", "٣", "99999999999999999999"))) },
});
