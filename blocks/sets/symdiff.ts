import { block } from "../block.js";
import { setPairs } from "../stats/numeric.js";

export default block({
  name: "symdiff",
  aliases: ["symmetric_difference", "setxor"],
  sig: "(a: [T], b: [T]) -> [T]",
  types: { T: ["int", "float", "str"] },
  doc: "the distinct elements in exactly one of a and b: those of a (in order of first appearance), then those of b; floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2, 3, 3].symdiff([3, 4, 1])", result: "[2, 4]" },
    { code: "[\"a\", \"b\"].symdiff([\"c\"])", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (a: any[], b: any[]) => {
    const inA = new Set<any>(a), inB = new Set<any>(b), seen = new Set<any>(), out: any[] = [];
    for (const x of a) if (!inB.has(x) && !seen.has(x)) { seen.add(x); out.push(x); }
    for (const x of b) if (!inA.has(x) && !seen.has(x)) { seen.add(x); out.push(x); }
    return out;
  },
  test: { args: (gen, t) => setPairs(gen, t.T) },
});
