import { block } from "../block.js";

export default block({
  name: "scan",
  aliases: ["scanl"],
  sig: "(xs: [T], init: A, f: (A, T) => A) -> [A]",
  types: { T: ["any"], A: ["any"] },
  doc: "the running accumulators of fold: out[i] = f(out[i - 1], xs[i]) starting from init, which is not included (same length as xs)",
  examples: [
    { code: "[1, 2, 3].scan(0, (a, x) => a + x)", result: "[1, 3, 6]" },
    { code: "[2.0, 3.0].scan(1.0, (a, x) => a * x)", result: "[2.0, 6.0]" },
  ],
  oracle: (xs: any[], init: any, f: (a: any, x: any) => any) => {
    let acc = init;
    return xs.map((x) => (acc = f(acc, x)));
  },
});
