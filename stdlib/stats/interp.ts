import { block, Fault } from "../../blocks/block.js";
import { order } from "../../blocks/sequences/_util.js";

export default block({
  name: "interp",
  aliases: ["interpolate1d", "linearinterp", "lookup1d", "interp1d"],
  sig: "(x: float, xs: [float], ys: [float]) -> float",
  doc: "the value at x of the piecewise-linear function through the points (xs[i], ys[i]), xs ascending (NumPy's interp): ys[0] at or below xs[0], the last ys at or above the last xs; faults (argument) when the lengths differ or there are no points",
  examples: [
    { code: "interp(2.5, [1.0, 2.0, 3.0], [10.0, 20.0, 40.0])", result: "30.0" },
    { code: "interp(9.0, [1.0, 2.0], [5.0, 6.0])", result: "6.0" },
  ],
  oracle: (x: number, xs: number[], ys: number[]) => {
    if (xs.length !== ys.length || !xs.length) throw new Fault("argument");
    const n = xs.length;
    if (x <= xs[0]) return ys[0];
    if (x >= xs[n - 1]) return ys[n - 1];
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (order(x, xs[mid]) < 0) hi = mid; else lo = mid + 1; }
    const j = lo - 1;
    return ((ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j])) * (x - xs[j]) + ys[j];
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const pts = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), gen.finite), { maxLength: 8 }).map((ps: [number, number][]) => {
        const xs = [...new Set(ps.map((p) => p[0] / 4))].sort((a, b) => a - b);
        return [xs, xs.map((_, i) => ps[i][1])];
      });
      return fc.tuple(fc.oneof(gen.finite, fc.integer({ min: -60, max: 60 }).map((v: number) => v / 4)), pts).map(([x, [xs, ys]]: [number, number[][]]) => [x, xs, ys]);
    },
  },
});
