import { block, Fault } from "../block.js";

export default block({
  name: "reduce",
  aliases: ["foldl1"],
  sig: "(xs: [T], f: (T, T) => T) -> T",
  types: { T: ["any"] },
  doc: "a left fold seeded with the first element, faulting (empty) on []; acc = f(acc, x) for each later element; the element itself when single",
  examples: [
    { code: "[3, 1, 4].reduce((a, b) => a * 10 + b)", result: "314" },
    { code: "[1.5, 2.0].reduce((a, b) => a * b)", result: "3.0" },
  ],
  oracle: (xs: any[], f: (a: any, x: any) => any) => {
    if (xs.length === 0) throw new Fault("empty");
    return xs.slice(1).reduce((a, x) => f(a, x), xs[0]);
  },
});
