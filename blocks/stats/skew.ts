import { block, Fault } from "../block.js";
import { arrays, mean, nsum, toF } from "./numeric.js";

export default block({
  name: "skew",
  aliases: ["skewness"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the population (biased, as scipy.stats.skew) skewness m3 / m2^1.5 of the central moments; NaN when every element is equal; faults (empty) on an empty array",
  examples: [
    { code: "[1, 2, 3, 10].skew", result: "1.0182337649086282" },
    { code: "[1.0, 2.0, 3.0].skew", result: "0.0" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    const m = mean(xs), n = xs.length;
    const d = xs.map((x) => toF(x) - m);
    const m2 = nsum(d.map((v) => v * v)) / n, m3 = nsum(d.map((v) => v * v * v)) / n, r = Math.sqrt(m2);
    return m3 / (r * r * r);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
