import { block } from "../block.js";
import { order, sorted } from "./_util.js";

export default block({
  name: "ascending",
  aliases: ["issorted", "is_sorted", "nondecreasing"],
  sig: "(xs: [T]) -> bool",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether the elements are in non-decreasing order (equal neighbours allowed; NaN counts as largest, as in sort); true when there are fewer than two",
  examples: [
    { code: "[1, 2, 2, 5].ascending", result: "true" },
    { code: "[\"b\", \"a\"].ascending", result: "false" },
  ],
  oracle: (xs: any[]) => xs.every((x, i) => i === 0 || order(xs[i - 1], x) <= 0),
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const el = t.T === "int" ? gen.int : t.T === "float" ? gen.float : t.T === "str" ? gen.str : gen.bool;
      // sorted arrays, and sorted ones with two elements swapped
      const s = gen.array(el).map(sorted);
      const swapped = fc.tuple(s, fc.nat(), fc.nat()).map(([xs, i, j]: [any[], number, number]) => {
        const a = [...xs];
        if (a.length) { const p = i % a.length, q = j % a.length; [a[p], a[q]] = [a[q], a[p]]; }
        return a;
      });
      return fc.tuple(fc.oneof(gen.array(el), s, swapped));
    },
  },
});
