import { block } from "../../blocks/block.js";
import spans from "../../blocks/regex/spans.js";

export default block({
  name: "splitre",
  aliases: ["resplit", "splitregex", "regexsplit", "split_re"],
  sig: "(s: str, re: str) -> [str]",
  doc: "the pieces of s between the matches of the regular expression re that spans reports (Python's re.split without groups): k matches give k + 1 pieces, empty ones included; [s] when nothing matches; pattern syntax and faults as spans",
  examples: [
    { code: "\"a, b;c\".splitre(\"[,;] *\")", result: "[\"a\", \"b\", \"c\"]" },
    { code: "\"a1b22c\".splitre(\"[0-9]+\")", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (s: string, re: string, t: any) => {
    const cs = Array.from(s), out: string[] = [];
    let start = 0;
    for (const [a, b] of spans.oracle(s, re, t) as bigint[][]) { out.push(cs.slice(start, Number(a)).join("")); start = Number(b); }
    out.push(cs.slice(start).join(""));
    return out;
  },
  test: { args: (gen, t, k) => spans.test!.args!(gen, t, k) },
});
