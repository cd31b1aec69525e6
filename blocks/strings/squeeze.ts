import { block } from "../block.js";
import { text, wordsOf } from "./text.js";

export default block({
  name: "squeeze",
  aliases: ["collapse", "normalizespace"],
  sig: "(s: str) -> str",
  doc: "s with each run of Unicode whitespace (as trim) turned into one space and the ends trimmed: its words joined by single spaces",
  examples: [{ code: "\"  too   many \\t spaces \".squeeze", result: "too many spaces" }],
  oracle: (s: string) => wordsOf(s).join(" "),
  test: { args: (gen) => gen.fc.tuple(text(gen, 30)) },
});
