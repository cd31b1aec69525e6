import { block } from "../block.js";
import { arrays, extent } from "./numeric.js";

export default block({
  name: "normalize",
  aliases: ["minmax_scale", "rescale", "normalise"],
  sig: "(xs: [T]) -> [float]",
  types: { T: ["int", "float"] },
  doc: "min-max scaling to [0, 1]: each (x - min) / (max - min); all 0.0 when every element is equal; NaN everywhere if any element is NaN; [] for []",
  examples: [
    { code: "[2, 4, 6, 10].normalize", result: "[0.0, 0.25, 0.5, 1.0]" },
    { code: "[1.5, 0.5, 1.0].normalize", result: "[1.0, 0.0, 0.5]" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) return [];
    const [lo, hi] = extent(xs);
    if (lo === hi) return xs.map(() => 0);
    if (typeof lo === "bigint") return (xs as bigint[]).map((x) => Number(x - lo) / Number(hi - lo));
    const r = hi - lo;
    if (!Number.isFinite(r) && Number.isFinite(lo) && Number.isFinite(hi)) {
      const l2 = lo * 0.5, r2 = hi * 0.5 - l2;
      return (xs as number[]).map((x) => (x * 0.5 - l2) / r2);
    }
    return (xs as number[]).map((x) => (x - lo) / r);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
