import { block, Fault } from "../block.js";
import { arrays, median } from "./numeric.js";

export default block({
  name: "median",
  aliases: ["med"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the middle of the sorted elements (the mean of the two middle ones for an even count), faulting (empty) on []; NaN if any element is NaN",
  examples: [
    { code: "[3, 1, 2].median", result: "2.0" },
    { code: "[4.0, 1.0, 3.0, 2.0].median", result: "2.5" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    return median(xs);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
