import { block } from "../../blocks/block.js";
import { mapCps, text, upCp, wordsOf } from "../../blocks/strings/text.js";

export default block({
  name: "initials",
  aliases: ["acronym", "abbreviation", "monogram"],
  sig: "(s: str) -> str",
  doc: "the first code point of each word of s (as words splits them), upper-cased and joined: \"portable network graphics\" gives \"PNG\"; \"\" for blank s",
  examples: [
    { code: "\"portable network graphics\".initials", result: "PNG" },
  ],
  oracle: (s: string) => wordsOf(s).map((w) => mapCps(Array.from(w)[0], upCp)).join(""),
  test: { args: (gen) => gen.fc.tuple(text(gen, 20)) },
});
