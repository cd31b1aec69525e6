import { block } from "../block.js";
import { order as cmp } from "./_util.js";

export default block({
  name: "order",
  aliases: ["argsort"],
  sig: "(xs: [T]) -> [int]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the indexes that would sort xs (R's order, NumPy's stable argsort): xs[i] for i in the result is sort(xs); equal elements keep their index order; NaN sorts last",
  examples: [
    { code: "[30, 10, 20].order", result: "[1, 2, 0]" },
    { code: "[\"b\", \"a\", \"b\"].order", result: "[1, 0, 2]" },
  ],
  oracle: (xs: any[]) => xs.map((_, i) => i).sort((i, j) => cmp(xs[i], xs[j]) || i - j).map(BigInt),
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const el = t.T === "int" ? fc.oneof(gen.int, gen.small) : t.T === "float" ? gen.float : t.T === "str" ? gen.str : gen.bool;
      return fc.tuple(fc.oneof({ weight: 3, arbitrary: gen.array(el) }, { weight: 1, arbitrary: fc.array(el, { maxLength: 200 }) }));
    },
  },
});
