import { block, Fault } from "../block.js";
import { arrays, mean, sqdev } from "./numeric.js";

export default block({
  name: "variance",
  aliases: ["var"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the sample variance: the sum of squared deviations from the mean divided by n - 1; faults (empty) with fewer than two elements",
  examples: [
    { code: "[1, 2, 3, 4].variance", result: "1.6666666666666667" },
    { code: "[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0].variance", result: "4.571428571428571" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length < 2) throw new Fault("empty");
    return sqdev(xs, mean(xs)) / (xs.length - 1);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
