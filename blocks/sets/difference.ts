import { block } from "../block.js";
import { setPairs } from "../stats/numeric.js";

export default block({
  name: "difference",
  aliases: ["minus", "setdiff"],
  sig: "(a: [T], b: [T]) -> [T]",
  types: { T: ["int", "float", "str"] },
  doc: "the distinct elements of a that are not in b, in order of first appearance in a; floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2, 2, 3, 4].difference([2, 4])", result: "[1, 3]" },
    { code: "[\"x\", \"y\", \"x\"].difference([\"z\"])", result: "[\"x\", \"y\"]" },
  ],
  oracle: (a: any[], b: any[]) => {
    const inB = new Set<any>(b), seen = new Set<any>(), out: any[] = [];
    for (const x of a) if (!inB.has(x) && !seen.has(x)) { seen.add(x); out.push(x); }
    return out;
  },
  test: { args: (gen, t) => setPairs(gen, t.T) },
});
