import { block, Fault } from "../block.js";
import { arrays, mean, sqdev } from "./numeric.js";

export default block({
  name: "sigma",
  aliases: ["pstdev", "pstd", "popstdev"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the population standard deviation: the square root of the population variance (n); faults (empty) on an empty array",
  examples: [
    { code: "[2, 4, 4, 4, 5, 5, 7, 9].sigma", result: "2.0" },
    { code: "[1.5, 2.5].sigma", result: "0.5" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    return Math.sqrt(sqdev(xs, mean(xs)) / xs.length);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
