import { block, Fault } from "../block.js";
import { arrays, mean, sqdev } from "./numeric.js";

export default block({
  name: "sd",
  aliases: ["stdev", "stddev", "std"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the sample standard deviation: the square root of the sample variance (n - 1); faults (empty) with fewer than two elements",
  examples: [
    { code: "[2, 4, 4, 4, 5, 5, 7, 9].sd", result: "2.138089935299395" },
    { code: "[1.5, 2.5].sd", result: "0.7071067811865476" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length < 2) throw new Fault("empty");
    return Math.sqrt(sqdev(xs, mean(xs)) / (xs.length - 1));
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
