import { block } from "../block.js";

export default block({
  name: "zipwith",
  aliases: ["map2"],
  sig: "(xs: [T], ys: [U], f: (T, U) => V) -> [V]",
  types: { T: ["any"], U: ["any"], V: ["any"] },
  doc: "f applied to the elements of xs and ys pairwise, [f(xs[0], ys[0]), …], as long as the shorter array",
  examples: [
    { code: "[1, 2, 3].zipwith([10, 20], (a, b) => a + b)", result: "[11, 22]" },
    { code: "[1.5, 2.0].zipwith([2.0, 3.0], (a, b) => a * b)", result: "[3.0, 6.0]" },
  ],
  oracle: (xs: any[], ys: any[], f: (a: any, b: any) => any) => xs.slice(0, Math.min(xs.length, ys.length)).map((x, i) => f(x, ys[i])),
});
