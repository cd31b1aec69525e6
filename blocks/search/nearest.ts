import { block, Fault } from "../block.js";
import { lowerBound, sortedProbe } from "../stats/numeric.js";

export default block({
  name: "nearest",
  aliases: ["closest"],
  sig: "(xs: [T], x: T) -> T",
  sublinear: true,
  types: { T: ["int", "float"] },
  doc: "the element closest to x in an ascending array, faulting (empty) on []; the smaller one on ties; found by binary search; faults (argument) if x is NaN",
  examples: [
    { code: "[1, 4, 9, 16].nearest(11)", result: "9" },
    { code: "[0.0, 0.5, 1.0].nearest(0.75)", result: "0.5" },
  ],
  oracle: (xs: any[], x: any) => {
    const n = xs.length;
    if (n === 0) throw new Fault("empty");
    if (typeof x === "number" && Number.isNaN(x)) throw new Fault("argument");
    const i = lowerBound(xs, x, (a, y) => a < y);
    if (i === 0) return xs[0];
    if (i === n) return xs[n - 1];
    const lo = xs[i - 1], hi = xs[i];
    if (typeof x === "bigint") return BigInt.asUintN(64, hi - x) < BigInt.asUintN(64, x - lo) ? hi : lo;
    if (hi === x) return hi;
    return hi - x < x - lo ? hi : lo;
  },
  test: { args: (gen, t) => sortedProbe(gen, t.T) },
});
