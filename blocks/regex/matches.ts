import { block } from "../block.js";
import { subjectPattern } from "./_args.js";
import { SYNTAX } from "./_doc.js";
import { matchesOf } from "./_util.js";

export default block({
  name: "matches",
  aliases: ["fullmatch", "refullmatch", "wholematch"],
  sig: "(s: str, re: str) -> bool",
  doc: `true when the whole of s matches the regular expression re, like Python's re.fullmatch (Java's String.matches); search tests for a match anywhere. ${SYNTAX}`,
  examples: [
    { code: "\"2024-01-31\".matches(\"\\\\d{4}-\\\\d\\\\d-\\\\d\\\\d\")", result: "true" },
    { code: "\"abc1\".matches(\"[a-z]+\")", result: "false" },
  ],
  oracle: (s: string, re: string) => matchesOf(s, re),
  test: { args: (gen) => subjectPattern(gen) },
});
