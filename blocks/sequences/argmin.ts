import { block, Fault } from "../block.js";
import { order } from "./_util.js";

export default block({
  name: "argmin",
  sig: "(xs: [T]) -> int",
  types: { T: ["int", "float", "str", "byte"] },
  doc: "the index of the first smallest element, faulting (empty) on []; NaN counts as largest, -0.0 equals 0.0",
  examples: [
    { code: "[3, 1, 4, 1].argmin", result: "1" },
    { code: "[\"b\", \"a\", \"c\"].argmin", result: "1" },
  ],
  oracle: (xs: any[]) => {
    if (!xs.length) throw new Fault("empty");
    let best = 0;
    xs.forEach((x, i) => { if (order(x, xs[best]) < 0) best = i; });
    return BigInt(best);
  },
});
