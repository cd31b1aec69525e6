import { block } from "../block.js";
import { arrays, mean, sqdev, toF } from "./numeric.js";

export default block({
  name: "zscore",
  aliases: ["standardize", "zscores", "standard_scale"],
  sig: "(xs: [T]) -> [float]",
  types: { T: ["int", "float"] },
  doc: "standardizes: each (x - mean) / population standard deviation; all 0.0 when every element is equal (deviation 0); NaN everywhere if any element is NaN; [] for []",
  examples: [
    { code: "[2, 4, 4, 4, 5, 5, 7, 9].zscore", result: "[-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0]" },
    { code: "[1.0, 3.0].zscore", result: "[-1.0, 1.0]" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    const n = xs.length;
    if (n === 0) return [];
    if (xs.every((x) => x === xs[0])) return xs.map(() => 0);
    const m = mean(xs), sd = Math.sqrt(sqdev(xs, m) / n);
    if (sd === 0) return xs.map(() => 0);
    return xs.map((x) => (toF(x) - m) / sd);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
