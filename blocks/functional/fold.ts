import { block } from "../block.js";

export default block({
  name: "fold",
  aliases: ["foldl", "inject"],
  sig: "(xs: [T], init: A, f: (A, T) => A) -> A",
  types: { T: ["any"], A: ["any"] },
  doc: "left fold: starting from init, acc = f(acc, x) for each element in order; init when empty",
  examples: [
    { code: "[1, 2, 3].fold(0, (a, x) => a * 10 + x)", result: "123" },
    { code: "[1.5, 2.5].fold(1.0, (a, x) => a + x)", result: "5.0" },
  ],
  oracle: (xs: any[], init: any, f: (a: any, x: any) => any) => xs.reduce((a, x) => f(a, x), init),
});
