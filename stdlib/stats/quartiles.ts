import { block } from "../../blocks/block.js";
import percentile from "../../blocks/stats/percentile.js";
import { arrays } from "../../blocks/stats/numeric.js";

export default block({
  name: "quartiles",
  aliases: ["q123", "quartile", "fivenum3"],
  sig: "(xs: [T]) -> (float, float, float)",
  types: { T: ["int", "float"] },
  doc: "the three quartiles (Q1, median, Q3) as percentile computes them, interpolating linearly between sorted elements (NumPy's default); NaN if any element is NaN; faults (empty) on []",
  examples: [
    { code: "[1, 2, 3, 4, 5].quartiles", result: "(2.0, 3.0, 4.0)" },
  ],
  oracle: (xs: any[], t: any) => [25, 50, 75].map((p) => percentile.oracle(xs, p, t)),
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 40)) },
});
