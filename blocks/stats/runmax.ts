import { block } from "../block.js";
import { arrays } from "./numeric.js";

export default block({
  name: "runmax",
  aliases: ["cummax", "cumulative_max", "accumulate_max"],
  sig: "(xs: [T]) -> [T]",
  types: { T: ["int", "float"] },
  doc: "the running max: element i is the largest of the first i + 1 elements; for floats NaN propagates from where it appears and -0.0 counts below 0.0; [] for []",
  examples: [
    { code: "[1, 3, 2, 5, 4].runmax", result: "[1, 3, 3, 5, 5]" },
    { code: "[0.5, -1.0, 2.5].runmax", result: "[0.5, 0.5, 2.5]" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    const out: (bigint | number)[] = [];
    let acc: any = xs[0];
    for (const y of xs as any[]) {
      acc = typeof y === "number" ? Math.max(acc, y) : y > acc ? y : acc;
      out.push(acc);
    }
    return out;
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T)) },
});
