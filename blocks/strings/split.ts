import { block, Fault } from "../block.js";
import { needle, text } from "./text.js";

export default block({
  name: "split",
  sig: "(s: str, sep: str) -> [str]",
  doc: "the pieces of s between the non-overlapping occurrences of sep (left to right), like Python's s.split(sep): k occurrences give k + 1 pieces, \"\" gives [\"\"]; an empty sep faults (argument)",
  examples: [
    { code: "\"a,b,,c\".split(\",\")", result: "[\"a\", \"b\", \"\", \"c\"]" },
    { code: "\"1 -> 2 -> 3\".split(\" -> \")", result: "[\"1\", \"2\", \"3\"]" },
  ],
  oracle: (s: string, sep: string) => {
    if (sep === "") throw new Fault("argument");
    return s.split(sep);
  },
  test: { args: (gen) => text(gen, 24).chain((s: string) => gen.fc.tuple(gen.fc.constant(s), needle(gen, s))) },
});
