import { block, Fault } from "../block.js";
import { order } from "./_util.js";

export default block({
  name: "argmax",
  sig: "(xs: [T]) -> int",
  types: { T: ["int", "float", "str", "byte"] },
  doc: "the index of the first largest element, faulting (empty) on []; NaN counts as largest, -0.0 equals 0.0",
  examples: [
    { code: "[3, 1, 4, 4].argmax", result: "2" },
    { code: "[0.5, 2.5, -1.0].argmax", result: "1" },
  ],
  oracle: (xs: any[]) => {
    if (!xs.length) throw new Fault("empty");
    let best = 0;
    xs.forEach((x, i) => { if (order(xs[best], x) < 0) best = i; });
    return BigInt(best);
  },
});
