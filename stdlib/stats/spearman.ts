import { block, Fault } from "../../blocks/block.js";
import correlation from "../../blocks/stats/correlation.js";
import ranks from "./ranks.js";
import { arrays } from "../../blocks/stats/numeric.js";

export default block({
  name: "spearman",
  aliases: ["spearmanr", "rankcorrelation", "spearmancorr", "rho"],
  sig: "(xs: [T], ys: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "Spearman's rank correlation: Pearson's correlation (as correlation computes it) of the ranks of xs and of ys, ties sharing their mean rank; in [-1, 1], 1 for any increasing relation; NaN when either side is constant; faults (argument) when the lengths differ, (empty) with fewer than two pairs",
  examples: [
    { code: "[1, 2, 3, 4].spearman([1, 4, 9, 16])", result: "1.0" },
    { code: "[1, 2, 3].spearman([3, 1, 2])", result: "-0.5" },
  ],
  oracle: (xs: any[], ys: any[], t: any) => {
    if (xs.length !== ys.length) throw new Fault("argument");
    return correlation.oracle(ranks.oracle(xs, t), ranks.oracle(ys, t), { T: "float" });
  },
  test: { args: (gen, t) => arrays(gen, t.T, 10).chain((xs: any[]) => gen.fc.tuple(gen.fc.constant(xs), gen.fc.oneof(gen.fc.array(t.T === "int" ? gen.small : gen.float, { minLength: xs.length, maxLength: xs.length }), arrays(gen, t.T, 5)))) },
});
