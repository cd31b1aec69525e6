import { block, Fault } from "../block.js";
import { arrays, mean, nsum, toF } from "./numeric.js";

export default block({
  name: "kurt",
  aliases: ["kurtosis", "excess_kurtosis"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the excess population (biased, as scipy.stats.kurtosis) kurtosis m4 / m2^2 - 3 of the central moments; NaN when every element is equal; faults (empty) on an empty array",
  examples: [
    { code: "[1, 2, 3, 4].kurt", result: "-1.36" },
    { code: "[0.0, 0.0, 1.0, 5.0].kurt", result: "-0.7820069204152249" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    const m = mean(xs), n = xs.length;
    const d = xs.map((x) => toF(x) - m);
    const m2 = nsum(d.map((v) => v * v)) / n, m4 = nsum(d.map((v) => { const d2 = v * v; return d2 * d2; })) / n;
    return m4 / (m2 * m2) - 3;
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
