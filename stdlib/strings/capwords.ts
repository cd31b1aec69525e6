import { block } from "../../blocks/block.js";
import capitalize from "../../blocks/strings/capitalize.js";
import { text, wordsOf } from "../../blocks/strings/text.js";

export default block({
  name: "capwords",
  aliases: ["capitalizewords", "ucwords"],
  sig: "(s: str) -> str",
  doc: "the words of s (as words splits them) each capitalized (first code point upper case, the rest lower) and joined by single spaces, like Python's string.capwords; \"\" for blank s",
  examples: [
    { code: "\"hello  wORLD\".capwords", result: "Hello World" },
    { code: "\" it's 2pm \".capwords", result: "It's 2pm" },
  ],
  oracle: (s: string) => wordsOf(s).map((w) => capitalize.oracle(w, {}) as string).join(" "),
  test: { args: (gen) => gen.fc.tuple(text(gen, 30)) },
});
