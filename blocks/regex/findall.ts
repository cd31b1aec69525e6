import { block } from "../block.js";
import { subjectPattern } from "./_args.js";
import { SYNTAX } from "./_doc.js";
import { findallOf } from "./_util.js";

export default block({
  name: "findall",
  aliases: ["refindall", "matchall", "allmatches", "regexall"],
  sig: "(s: str, re: str) -> [str]",
  doc: `the text of every non-overlapping match of the regular expression re in s, left to right, like Python's re.findall but always the whole match, even when the pattern has groups; after an empty match the scan moves on by one code point (as JavaScript does); spans gives the offsets. ${SYNTAX}`,
  examples: [
    { code: "\"Quickly and happily\".findall(\"[a-z]+ly\")", result: "[\"uickly\", \"happily\"]" },
    { code: "\"x=1, y=22\".findall(\"(\\\\d)+\")", result: "[\"1\", \"22\"]" },
  ],
  oracle: (s: string, re: string) => findallOf(s, re),
  test: { args: (gen) => subjectPattern(gen) },
});
