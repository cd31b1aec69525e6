import { block } from "../../blocks/block.js";
import { elem } from "../../blocks/sequences/_args.js";
import { order, sorted } from "../../blocks/sequences/_util.js";

export default block({
  name: "insort",
  aliases: ["insertsorted", "sortedinsert", "insort_right"],
  sig: "(xs: [T], x: T) -> [T]",
  types: { T: ["int", "float", "str"] },
  doc: "a new array: x placed into ascending xs after the elements <= x, so the result stays sorted when xs is (Python's bisect.insort); floats sort NaN last",
  examples: [
    { code: "[1, 3, 5].insort(4)", result: "[1, 3, 4, 5]" },
    { code: "[\"a\", \"c\"].insort(\"b\")", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (xs: any[], x: any) => {
    let lo = 0, hi = xs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (order(x, xs[mid]) < 0) hi = mid; else lo = mid + 1; }
    return [...xs.slice(0, lo), x, ...xs.slice(lo)];
  },
  test: { args: (gen, t) => gen.fc.tuple(gen.array(elem(gen, t.T)).map(sorted), elem(gen, t.T)) },
});
