import { block, Fault } from "../block.js";
import { mean, nsumOf, pairs, toF } from "./numeric.js";

export default block({
  name: "cov",
  aliases: ["covariance"],
  sig: "(xs: [T], ys: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the sample covariance of paired elements: sum((x - mean xs)(y - mean ys)) / (n - 1); faults (argument) if the lengths differ, (empty) with fewer than two pairs",
  examples: [
    { code: "[1, 2, 3, 4].cov([2, 4, 6, 9])", result: "3.8333333333333335" },
    { code: "[1.0, 2.0, 3.0].cov([3.0, 2.0, 1.0])", result: "-1.0" },
  ],
  oracle: (xs: (bigint | number)[], ys: (bigint | number)[]) => {
    const n = xs.length;
    if (ys.length !== n) throw new Fault("argument");
    if (n < 2) throw new Fault("empty");
    const mx = mean(xs), my = mean(ys);
    return nsumOf(n, (i) => (toF(xs[i]) - mx) * (toF(ys[i]) - my)) / (n - 1);
  },
  test: { args: (gen, t) => pairs(gen, t.T) },
});
