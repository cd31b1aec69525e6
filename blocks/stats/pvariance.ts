import { block, Fault } from "../block.js";
import { arrays, mean, sqdev } from "./numeric.js";

export default block({
  name: "pvariance",
  aliases: ["popvariance", "pvar"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the population variance: the mean squared deviation from the mean (divides by n); faults (empty) on an empty array",
  examples: [
    { code: "[1, 2, 3, 4].pvariance", result: "1.25" },
    { code: "[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0].pvariance", result: "4.0" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    return sqdev(xs, mean(xs)) / xs.length;
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
