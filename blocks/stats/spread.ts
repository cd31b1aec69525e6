import { block, Fault } from "../block.js";
import { arrays, extent } from "./numeric.js";

export default block({
  name: "spread",
  aliases: ["ptp", "peak_to_peak"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "max - min as a float (for ints computed exactly, then rounded, so it never overflows); NaN if any element is NaN; faults (empty) on an empty array",
  examples: [
    { code: "[3, 9, 4].spread", result: "6.0" },
    { code: "[0.5, -1.0, 2.0].spread", result: "3.0" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    const [lo, hi] = extent(xs);
    return typeof lo === "bigint" ? Number(hi - lo) : hi - lo;
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
