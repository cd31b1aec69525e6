import { block, Fault } from "../block.js";
import { arrays, median, toF } from "./numeric.js";

export default block({
  name: "mad",
  aliases: ["median_abs_deviation", "medianabsdev"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the median absolute deviation: the median of |x - median| (unscaled); NaN if any element is NaN; faults (empty) on an empty array",
  examples: [
    { code: "[1, 1, 2, 2, 4, 6, 9].mad", result: "1.0" },
    { code: "[1.5, 3.0, 10.0].mad", result: "1.5" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    const m = median(xs);
    return median(xs.map((x) => Math.abs(toF(x) - m)));
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
