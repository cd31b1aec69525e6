import { block } from "../block.js";
import { eq } from "./_util.js";

export default block({
  name: "unique",
  aliases: ["dedupe", "distinct", "uniq", "nub"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float", "str", "bool", "byte"] },
  doc: "the first occurrence of each distinct element, in order (floats: NaN matches NaN, -0.0 matches 0.0 and the first one seen is kept); empty when xs is",
  examples: [
    { code: "[3, 1, 3, 2, 1].unique", result: "[3, 1, 2]" },
    { code: "[\"b\", \"a\", \"b\"].unique", result: "[\"b\", \"a\"]" },
  ],
  oracle: (xs: any[]) => {
    const out: any[] = [];
    for (const x of xs) if (!out.some((y) => eq(y, x))) out.push(x);
    return out;
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const el = t.T === "int" ? fc.oneof(gen.int, gen.small) : t.T === "float" ? gen.float : t.T === "str" ? gen.str : t.T === "byte" ? gen.byte : gen.bool;
      return fc.tuple(fc.oneof({ weight: 3, arbitrary: gen.array(el) }, { weight: 1, arbitrary: fc.array(el, { maxLength: 300 }) }));
    },
  },
});
