import { block, Fault } from "../block.js";
import { arrays, mean } from "./numeric.js";

export default block({
  name: "mean",
  aliases: ["average", "avg", "fmean"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the arithmetic mean, faulting (empty) on []; ints summed exactly, floats with compensated summation; NaN if any element is NaN",
  examples: [
    { code: "[1, 2, 3, 4].mean", result: "2.5" },
    { code: "[0.5, 0.25, 0.75].mean", result: "0.5" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    return mean(xs);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
