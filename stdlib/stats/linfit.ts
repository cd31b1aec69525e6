import { block, Fault } from "../../blocks/block.js";
import { arrays, mean, toF } from "../../blocks/stats/numeric.js";

export default block({
  name: "linfit",
  aliases: ["linregress", "polyfit1", "leastsquares", "regression", "linearfit"],
  sig: "(xs: [T], ys: [T]) -> (float, float)",
  types: { T: ["int", "float"] },
  doc: "the least-squares line through the points (xs[i], ys[i]) as (slope, intercept): slope = Σ(x - mean x)(y - mean y) / Σ(x - mean x)², intercept = mean y - slope · mean x (scipy's linregress); NaN when every x is equal; faults (argument) when the lengths differ and (empty) on []",
  examples: [
    { code: "[1, 2, 3].linfit([3, 5, 7])", result: "(2.0, 1.0)" },
  ],
  oracle: (xs: any[], ys: any[]) => {
    if (xs.length !== ys.length) throw new Fault("argument");
    if (!xs.length) throw new Fault("empty");
    const mx = mean(xs), my = mean(ys);
    let sxy = 0, sxx = 0;
    for (let i = 0; i < xs.length; i++) { const dx = toF(xs[i]) - mx; sxy += dx * (toF(ys[i]) - my); sxx += dx * dx; }
    const slope = sxy / sxx;
    return [slope, my - slope * mx];
  },
  test: { args: (gen, t) => arrays(gen, t.T, 12).chain((xs: any[]) => gen.fc.tuple(gen.fc.constant(xs), gen.fc.oneof(gen.fc.array(t.T === "int" ? gen.int : gen.float, { minLength: xs.length, maxLength: xs.length }), arrays(gen, t.T, 12)))) },
});
