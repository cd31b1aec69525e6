import { block, Fault } from "../block.js";
import { arrays, quantile } from "./numeric.js";

export default block({
  name: "iqr",
  aliases: ["interquartile"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the interquartile range: the 75th minus the 25th percentile (linear interpolation, as percentile); NaN if any element is NaN; faults (empty) on an empty array",
  examples: [
    { code: "[1, 2, 3, 4, 5, 6, 7, 8].iqr", result: "3.5" },
    { code: "[7.0, 1.0, 3.0].iqr", result: "3.0" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    return quantile(xs, 0.75) - quantile(xs, 0.25);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
