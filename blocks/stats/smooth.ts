import { block, Fault } from "../block.js";
import { arrays } from "./numeric.js";

/** The float template's running window, step by step. */
function smoothFloat(xs: number[], k: number): number[] {
  let s = 0, c = 0, nn = 0, pi = 0, ni = 0;
  const step = (x: number, sign: number) => {
    if (Number.isNaN(x)) nn += sign;
    else if (x === Infinity) pi += sign;
    else if (x === -Infinity) ni += sign;
    else {
      const v = sign > 0 ? x : -x, t = s + v;
      if (Math.abs(s) >= Math.abs(v)) c += (s - t) + v;
      else c += (v - t) + s;
      s = t;
    }
  };
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (i >= k) step(xs[i - k], -1);
    step(xs[i], 1);
    if (i + 1 < k) continue;
    if (nn || (pi && ni)) out.push(NaN);
    else if (pi) out.push(Infinity);
    else if (ni) out.push(-Infinity);
    else {
      if (!Number.isFinite(s)) {
        s = 0; c = 0;
        for (let j = i + 1 - k; j <= i; j++) step(xs[j], 1);
      }
      out.push(Number.isFinite(s) ? (s + c) / k : s / k);
    }
  }
  return out;
}

export default block({
  name: "smooth",
  aliases: ["movavg", "moving_average", "rolling_mean", "sma"],
  sig: "(xs: [T], k: int) -> [float]",
  types: { T: ["int", "float"] },
  doc: "the moving average: the means of the n - k + 1 windows of k consecutive elements (ints summed exactly; floats with a compensated running sum, a NaN in a window makes its mean NaN); [] when k > n; faults (argument) if k < 1",
  examples: [
    { code: "[1, 2, 3, 4, 5].smooth(2)", result: "[1.5, 2.5, 3.5, 4.5]" },
    { code: "[3.0, 1.0, 2.0, 6.0].smooth(3)", result: "[2.0, 3.0]" },
  ],
  oracle: (xs: (bigint | number)[], k: bigint) => {
    if (k < 1n) throw new Fault("argument");
    if (k > BigInt(xs.length)) return [];
    const kk = Number(k);
    if (typeof xs[0] === "number") return smoothFloat(xs as number[], kk);
    const b = xs as bigint[], out: number[] = [];
    for (let i = 0; i + kk <= b.length; i++) out.push(Number(b.slice(i, i + kk).reduce((x, y) => x + y, 0n)) / kk);
    return out;
  },
  test: {
    args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 120),
      gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: 1n, max: 12n }) }, { weight: 1, arbitrary: gen.fc.bigInt({ min: 1n, max: 130n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(0n, -1n, -(2n ** 63n), 2n ** 32n + 1n, 2n ** 63n - 1n) })),
  },
});
