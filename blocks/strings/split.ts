import { block, Fault } from "../block.js";
import { needle, text, wordsOf } from "./text.js";

export default block({
  name: "split",
  sig: ["(s: str, sep: str) -> [str]", "(s: str) -> [str]"],
  doc: "the pieces of s between the non-overlapping occurrences of sep (left to right), like Python's s.split(sep): k occurrences give k + 1 pieces, \"\" gives [\"\"]; an empty sep faults (argument); without sep, the words of s, like Python's s.split() (see words)",
  examples: [
    { code: "\"a,b,,c\".split(\",\")", result: "[\"a\", \"b\", \"\", \"c\"]" },
    { code: "\"1 -> 2 -> 3\".split(\" -> \")", result: "[\"1\", \"2\", \"3\"]" },
    { code: "\" a  b\\tc \".split", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (s: string, sep?: unknown) => {
    if (typeof sep !== "string") return wordsOf(s);
    if (sep === "") throw new Fault("argument");
    return s.split(sep);
  },
  test: { args: (gen, _t, overload) => (overload === 1 ? gen.fc.tuple(text(gen, 24)) : text(gen, 24).chain((s: string) => gen.fc.tuple(gen.fc.constant(s), needle(gen, s)))) },
});
