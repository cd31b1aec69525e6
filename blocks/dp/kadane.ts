import { block, Fault } from "../block.js";

export default block({
  name: "kadane",
  aliases: ["maxsubarray", "maxsubarraysum"],
  sig: "(xs: [T]) -> T",
  types: { T: ["int", "float"] },
  doc: "the largest sum of a non-empty run of consecutive elements (Kadane; ints wrap at 64 bits, floats give nan when any element or partial sum is nan); faults empty on []",
  examples: [
    { code: "[-2, 1, -3, 4, -1, 2, 1, -5, 4].kadane", result: "6" },
    { code: "[-1.5, -0.5].kadane", result: "-0.5" },
  ],
  oracle: (xs: any[], t) => {
    if (!xs.length) throw new Fault("empty");
    let cur = xs[0], best = xs[0];
    for (let i = 1; i < xs.length; i++) {
      const x = xs[i];
      if (t.T === "float") { cur = Math.max(x, cur + x); best = Math.max(best, cur); }
      else {
        const s = BigInt.asIntN(64, cur + x);
        cur = x > s ? x : s;
        best = best > cur ? best : cur;
      }
    }
    return best;
  },
});
