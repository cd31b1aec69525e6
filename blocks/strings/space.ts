import { block } from "../block.js";
import { cps, isWs, text } from "./text.js";

export default block({
  name: "space",
  aliases: ["isspace"],
  sig: "(s: str) -> bool",
  doc: "whether s is non-empty and all Unicode whitespace (White_Space, as trim)",
  examples: [
    { code: "\" \\t\\n\".space", result: "true" },
    { code: "\" a \".space", result: "false" },
  ],
  oracle: (s: string) => s !== "" && cps(s).every(isWs),
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(text(gen, 10), gen.fc.array(gen.fc.constantFrom(" ", "\t", "\n", "\r", "\u000b", "\u000c", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\u001f", "\u180e", "\ufeff\u0020"), { maxLength: 8 }).map((a: string[]) => a.join("")))),
  },
});
