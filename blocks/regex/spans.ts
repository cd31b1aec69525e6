import { block } from "../block.js";
import { subjectPattern } from "./_args.js";
import { SYNTAX } from "./_doc.js";
import { spansOf } from "./_util.js";

export default block({
  name: "spans",
  aliases: ["matchspans", "respans", "matchranges"],
  sig: "(s: str, re: str) -> [(int, int)]",
  doc: `(start, end) of each non-overlapping match of the regular expression re in s, left to right, as code point offsets (s[start:end] is the match; the matches findall reports); after an empty match the scan moves on by one code point. ${SYNTAX}`,
  examples: [
    { code: "\"a1 b22 c333\".spans(\"\\\\d+\")", result: "[(1, 2), (4, 6), (8, 11)]" },
    { code: "\"héllo wörld\".spans(\"[a-zö]+\")", result: "[(0, 1), (2, 5), (6, 11)]" },
  ],
  oracle: (s: string, re: string) => spansOf(s, re).map(([a, b]) => [BigInt(a), BigInt(b)]),
  test: { args: (gen) => subjectPattern(gen) },
});
