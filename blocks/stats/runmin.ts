import { block } from "../block.js";
import { arrays } from "./numeric.js";

export default block({
  name: "runmin",
  aliases: ["cummin", "cumulative_min", "accumulate_min"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float"] },
  doc: "the running min: element i is the smallest of the first i + 1 elements; for floats NaN propagates from where it appears and -0.0 counts below 0.0; [] for []",
  examples: [
    { code: "[5, 3, 4, 1, 2].runmin", result: "[5, 3, 3, 1, 1]" },
    { code: "[0.5, 1.0, -2.5].runmin", result: "[0.5, 0.5, -2.5]" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    const out: (bigint | number)[] = [];
    let acc: any = xs[0];
    for (const y of xs as any[]) {
      acc = typeof y === "number" ? Math.min(acc, y) : y < acc ? y : acc;
      out.push(acc);
    }
    return out;
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
