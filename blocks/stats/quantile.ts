import { block, Fault } from "../block.js";
import { arrays, quantile } from "./numeric.js";

export default block({
  name: "quantile",
  aliases: ["quantiles"],
  sig: "(xs: [T], q: float) -> float",
  types: { T: ["int", "float"] },
  doc: "the q-quantile, q in [0, 1], interpolating linearly between sorted elements (NumPy's default); NaN if any element is NaN; faults (argument) if q is outside [0, 1] or NaN, (empty) on an empty array",
  examples: [
    { code: "[1, 2, 3, 4].quantile(0.25)", result: "1.75" },
    { code: "[10.0, 40.0, 20.0, 30.0].quantile(0.5)", result: "25.0" },
  ],
  oracle: (xs: (bigint | number)[], q: number) => {
    if (!(q >= 0 && q <= 1)) throw new Fault("argument");
    if (xs.length === 0) throw new Fault("empty");
    return quantile(xs, q);
  },
  test: {
    args: (gen, t) => gen.fc.tuple(arrays(gen, t.T),
      gen.fc.oneof({ weight: 6, arbitrary: gen.fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 2, arbitrary: gen.fc.constantFrom(0, 1, 0.5, 0.25, 0.75, -0) }, { weight: 1, arbitrary: gen.float })),
  },
});
