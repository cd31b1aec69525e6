import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "ema",
  aliases: ["ewma", "expsmooth", "exponentialmovingaverage", "ewm"],
  sig: "(xs: [float], alpha: float) -> [float]",
  doc: "the exponential moving average: e[0] = xs[0], then e[i] = alpha·xs[i] + (1 - alpha)·e[i - 1] (pandas' ewm(alpha, adjust=False).mean()); same length as xs; faults (argument) unless 0 < alpha <= 1",
  examples: [
    { code: "[1.0, 2.0, 3.0].ema(0.5)", result: "[1.0, 1.5, 2.25]" },
  ],
  oracle: (xs: number[], a: number) => {
    if (!(a > 0 && a <= 1)) throw new Fault("argument");
    let e = 0;
    return xs.map((x, i) => (e = i === 0 ? x : a * x + (1 - a) * e));
  },
  test: { args: (gen) => gen.fc.tuple(gen.array(gen.float, 12), gen.fc.oneof(gen.fc.double({ min: 0, max: 1, noNaN: true }), gen.fc.constantFrom(0, 1, 0.5, -0.5, 2, NaN))) },
});
