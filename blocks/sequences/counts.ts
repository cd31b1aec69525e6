import { block } from "../block.js";
import { eq } from "./_util.js";

export default block({
  name: "counts",
  aliases: ["counter", "tally", "frequencies", "value_counts"],
  sig: "(xs: [T]) -> [(T, int)]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "each distinct element with how many times it occurs, in order of first appearance (floats: NaN matches NaN, -0.0 matches 0.0 and the first one seen is kept); empty when xs is",
  examples: [
    { code: "[\"a\", \"b\", \"a\"].counts", result: "[(\"a\", 2), (\"b\", 1)]" },
    { code: "[3, 3, 1].counts", result: "[(3, 2), (1, 1)]" },
  ],
  oracle: (xs: any[]) => {
    const out: [any, bigint][] = [];
    for (const x of xs) {
      const g = out.find((p) => eq(p[0], x));
      if (g) g[1]++;
      else out.push([x, 1n]);
    }
    return out;
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const el = t.T === "int" ? fc.oneof(gen.int, gen.small) : t.T === "float" ? gen.float : t.T === "str" ? gen.str : gen.bool;
      return fc.tuple(fc.oneof({ weight: 3, arbitrary: gen.array(el) }, { weight: 1, arbitrary: fc.array(el, { maxLength: 300 }) }));
    },
  },
});
