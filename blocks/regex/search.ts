import { block } from "../block.js";
import { subjectPattern } from "./_args.js";
import { SYNTAX } from "./_doc.js";
import { searchOf } from "./_util.js";

export default block({
  name: "search",
  aliases: ["research", "hasmatch", "ismatch", "containsmatch"],
  sig: "(s: str, re: str) -> bool",
  doc: `true when some substring of s matches the regular expression re, like Python's re.search finding a match; matches is the whole-string test. ${SYNTAX}`,
  examples: [
    { code: "\"order 66\".search(\"\\\\d+\")", result: "true" },
    { code: "\"abc\".search(\"^b\")", result: "false" },
  ],
  oracle: (s: string, re: string) => searchOf(s, re),
  test: { args: (gen) => subjectPattern(gen) },
});
