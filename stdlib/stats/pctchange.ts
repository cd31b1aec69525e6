import { block } from "../../blocks/block.js";
import { arrays, toF } from "../../blocks/stats/numeric.js";

export default block({
  name: "pctchange",
  aliases: ["pct_change", "percentchange", "relativechange"],
  sig: "(xs: [T]) -> [float]",
  types: { T: ["int", "float"] },
  doc: "the relative change from each element to the next, (xs[i] - xs[i-1]) / xs[i-1], one shorter than xs (pandas' pct_change without its leading NaN); a change from 0 gives ±inf or NaN; [] with fewer than two elements",
  examples: [
    { code: "[100, 110, 99].pctchange", result: "[0.1, -0.1]" },
  ],
  oracle: (xs: any[]) => xs.slice(1).map((x, i) => (toF(x) - toF(xs[i])) / toF(xs[i])),
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 20)) },
});
