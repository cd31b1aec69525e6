import { block, Fault } from "../block.js";
import { mean, nsumOf, pairs, toF } from "./numeric.js";

export default block({
  name: "correlation",
  aliases: ["corr", "pearson", "corrcoef", "pearsonr"],
  sig: "(xs: [T], ys: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "Pearson's correlation coefficient of paired elements, in [-1, 1]; NaN when either side is constant; faults (argument) if the lengths differ, (empty) with fewer than two pairs",
  examples: [
    { code: "[1, 2, 3, 4].correlation([2, 4, 6, 8])", result: "1.0" },
    { code: "[1.0, 2.0, 3.0].correlation([1.0, 3.0, 2.0])", result: "0.5" },
  ],
  oracle: (xs: (bigint | number)[], ys: (bigint | number)[]) => {
    const n = xs.length;
    if (ys.length !== n) throw new Fault("argument");
    if (n < 2) throw new Fault("empty");
    const mx = mean(xs), my = mean(ys);
    const dx = xs.map((x) => toF(x) - mx), dy = ys.map((y) => toF(y) - my);
    const sxx = nsumOf(n, (i) => dx[i] * dx[i]), syy = nsumOf(n, (i) => dy[i] * dy[i]), p = sxx * syy;
    const den = p >= 2 ** -1022 && p < Infinity ? Math.sqrt(p) : Math.sqrt(sxx) * Math.sqrt(syy);
    const r = nsumOf(n, (i) => dx[i] * dy[i]) / den;
    return r > 1 ? 1 : r < -1 ? -1 : r;
  },
  test: { args: (gen, t) => pairs(gen, t.T) },
});
