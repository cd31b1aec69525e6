import { block } from "../block.js";
import { setPairs } from "../stats/numeric.js";

export default block({
  name: "intersect",
  aliases: ["intersection"],
  sig: "(a: [T], b: [T]) -> [T]",
  types: { T: ["int", "float", "str"] },
  doc: "the distinct elements of a that are also in b, in order of first appearance in a; floats compare as -0.0 == 0.0 and NaN == NaN",
  examples: [
    { code: "[1, 2, 2, 3, 4].intersect([4, 2, 5])", result: "[2, 4]" },
    { code: "[\"x\", \"y\", \"z\"].intersect([\"z\", \"x\"])", result: "[\"x\", \"z\"]" },
  ],
  oracle: (a: any[], b: any[]) => {
    const inB = new Set<any>(b), seen = new Set<any>(), out: any[] = [];
    for (const x of a) if (inB.has(x) && !seen.has(x)) { seen.add(x); out.push(x); }
    return out;
  },
  test: { args: (gen, t) => setPairs(gen, t.T) },
});
