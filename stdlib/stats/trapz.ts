import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "trapz",
  aliases: ["trapezoid", "integrate", "trapezoidal", "auc"],
  sig: ["(ys: [float], xs: [float]) -> float", "(ys: [float]) -> float"],
  doc: "the area under the points (xs[i], ys[i]) by the trapezoidal rule, Σ (xs[i+1] - xs[i])·(ys[i] + ys[i+1])/2 added left to right (NumPy's trapezoid), with xs spaced 1 apart when not given; 0.0 with fewer than two points; faults (argument) when the lengths differ",
  examples: [
    { code: "[1.0, 2.0, 3.0].trapz", result: "4.0" },
    { code: "[0.0, 1.0].trapz([0.0, 2.0])", result: "1.0" },
  ],
  oracle: (ys: number[], xs: any) => {
    if (Array.isArray(xs) && xs.length !== ys.length) throw new Fault("argument");
    let t = 0;
    for (let i = 0; i + 1 < ys.length; i++) t += Array.isArray(xs) ? ((xs[i + 1] - xs[i]) * (ys[i] + ys[i + 1])) / 2 : (ys[i] + ys[i + 1]) / 2;
    return t;
  },
  test: { args: (gen, _t, k) => (k === 1 ? gen.fc.tuple(gen.array(gen.float, 10)) : gen.array(gen.float, 10).chain((ys: number[]) => gen.fc.tuple(gen.fc.constant(ys), gen.fc.oneof(gen.fc.array(gen.finite, { minLength: ys.length, maxLength: ys.length }), gen.array(gen.finite, 4))))) },
});
