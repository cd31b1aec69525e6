import { block, Fault } from "../block.js";
import { arrays, quantile } from "./numeric.js";

export default block({
  name: "percentile",
  aliases: ["pct", "scoreatpercentile"],
  sig: "(xs: [T], p: float) -> float",
  types: { T: ["int", "float"] },
  doc: "the p-th percentile, p in [0, 100], interpolating linearly between sorted elements (NumPy's default); NaN if any element is NaN; faults (argument) if p is outside [0, 100] or NaN, (empty) on an empty array",
  examples: [
    { code: "[1, 2, 3, 4, 5].percentile(90.0)", result: "4.6" },
    { code: "[15.0, 20.0, 35.0, 40.0, 50.0].percentile(40.0)", result: "29.0" },
  ],
  oracle: (xs: (bigint | number)[], p: number) => {
    if (!(p >= 0 && p <= 100)) throw new Fault("argument");
    if (xs.length === 0) throw new Fault("empty");
    return quantile(xs, p / 100);
  },
  test: {
    args: (gen, t) => gen.fc.tuple(arrays(gen, t.T),
      gen.fc.oneof({ weight: 6, arbitrary: gen.fc.double({ min: 0, max: 100, noNaN: true }) }, { weight: 2, arbitrary: gen.fc.constantFrom(0, 100, 50, 25, 75, 90, 99, -0) }, { weight: 1, arbitrary: gen.float })),
  },
});
