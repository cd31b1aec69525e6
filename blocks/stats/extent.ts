import { block, Fault } from "../block.js";
import { arrays, extent } from "./numeric.js";

export default block({
  name: "extent",
  aliases: ["minmax", "bounds", "minmax_element"],
  sig: "(xs: [T]) -> (T, T)",
  types: { T: ["int", "float"] },
  doc: "the smallest and the largest element as a pair (min, max), in one pass; for floats NaN if any element is NaN and -0.0 counts below 0.0; faults (empty) on an empty array",
  examples: [
    { code: "[3, 1, 4, 1, 5].extent", result: "(1, 5)" },
    { code: "[2.5, -1.0, 0.5].extent", result: "(-1.0, 2.5)" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    return extent(xs);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
