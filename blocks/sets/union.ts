import { block } from "../block.js";
import { setPairs } from "../stats/numeric.js";

export default block({
  name: "union",
  aliases: ["setunion"],
  sig: "(a: [T], b: [T]) -> [T]",
  types: { T: ["int", "float", "str"] },
  doc: "the distinct elements of a and then of b, each once, in order of first appearance; floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2, 2, 3].union([3, 4, 1])", result: "[1, 2, 3, 4]" },
    { code: "[\"a\", \"b\"].union([\"c\", \"a\"])", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (a: any[], b: any[]) => {
    const seen = new Set<any>(), out: any[] = [];
    for (const x of [...a, ...b]) if (!seen.has(x)) { seen.add(x); out.push(x); }
    return out;
  },
  test: { args: (gen, t) => setPairs(gen, t.T) },
});
