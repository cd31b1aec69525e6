import { block, Fault } from "../../blocks/block.js";
import { arrays, mean } from "../../blocks/stats/numeric.js";
import { sorted } from "../../blocks/sequences/_util.js";

export default block({
  name: "trimmean",
  aliases: ["trim_mean", "trimmedmean", "truncatedmean"],
  sig: "(xs: [T], p: float) -> float",
  types: { T: ["int", "float"] },
  doc: "the mean (as mean computes it) of the sorted elements with floor(p·n) cut from each end (scipy.stats.trim_mean): robust to outliers; p = 0 is the mean; faults (argument) unless 0 <= p < 0.5 and (empty) on []",
  examples: [
    { code: "[1, 2, 3, 4, 100].trimmean(0.2)", result: "3.0" },
  ],
  oracle: (xs: any[], p: number) => {
    if (!(p >= 0 && p < 0.5)) throw new Fault("argument");
    const k = Math.trunc(p * xs.length), s = sorted(xs).slice(k, xs.length - k);
    if (!s.length) throw new Fault("empty");
    return mean(s);
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 30), gen.fc.oneof(gen.fc.double({ min: 0, max: 0.49, noNaN: true }), gen.fc.constantFrom(0, 0.1, 0.25, 0.5, -0.1, NaN))) },
});
