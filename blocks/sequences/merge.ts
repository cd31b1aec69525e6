import { block } from "../block.js";
import { order, sorted } from "./_util.js";

export default block({
  name: "merge",
  aliases: ["merged"],
  sig: "(xs: [T], ys: [T]) -> [T]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the ascending merge of two sorted arrays in one linear pass (ties take xs first; NaN sorts last); the result is sorted only when both inputs are",
  examples: [
    { code: "[1, 4, 9].merge([2, 3, 10])", result: "[1, 2, 3, 4, 9, 10]" },
    { code: "[\"a\", \"c\"].merge([\"b\"])", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (xs: any[], ys: any[]) => {
    const out: any[] = [];
    let i = 0, j = 0;
    while (i < xs.length && j < ys.length) out.push(order(ys[j], xs[i]) < 0 ? ys[j++] : xs[i++]);
    return [...out, ...xs.slice(i), ...ys.slice(j)];
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const el = t.T === "int" ? gen.int : t.T === "float" ? gen.float : t.T === "str" ? gen.str : gen.bool;
      const s = gen.array(el).map(sorted);
      return fc.oneof({ weight: 4, arbitrary: fc.tuple(s, s) }, { weight: 1, arbitrary: fc.tuple(gen.array(el), gen.array(el)) });
    },
  },
});
