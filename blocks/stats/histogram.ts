import { block, Fault } from "../block.js";
import { arrays, extent } from "./numeric.js";

export default block({
  name: "histogram",
  aliases: ["hist", "histo"],
  sig: "(xs: [T], bins: int) -> [int]",
  types: { T: ["int", "float"] },
  doc: "counts of the elements in `bins` equal-width bins spanning min to max: x goes to bin floor((x - min) / (max - min) * bins), max to the last bin; all in the first bin when min == max; all zero for []; faults (argument) if bins < 1 or an element is NaN or infinite, (memory) if bins > 2^28",
  examples: [
    { code: "[1, 2, 2, 3, 4].histogram(3)", result: "[1, 2, 2]" },
    { code: "[0.0, 0.5, 1.0, 0.25].histogram(2)", result: "[2, 2]" },
  ],
  oracle: (xs: (bigint | number)[], bins: bigint) => {
    if (bins < 1n) throw new Fault("argument");
    if (bins > 0x10000000n) throw new Fault("memory");
    const nb = Number(bins), out = Array<bigint>(nb).fill(0n);
    if (xs.length === 0) return out;
    const [lo, hi] = extent(xs);
    if (typeof lo === "number" && !(Number.isFinite(lo) && Number.isFinite(hi))) throw new Fault("argument");
    if (lo === hi) { out[0] = BigInt(xs.length); return out; }
    let pos: (x: any) => number;
    if (typeof lo === "bigint") {
      const r = Number(hi - lo);
      pos = (x: bigint) => Number(x - lo) / r;
    } else {
      let h = 1, l = lo, r = hi - lo;
      if (!Number.isFinite(r)) { h = 0.5; l = lo * 0.5; r = hi * 0.5 - l; }
      pos = (x: number) => (x * h - l) / r;
    }
    for (const x of xs) out[Math.min(nb - 1, Math.floor(pos(x) * nb))]++;
    return out;
  },
  test: {
    args: (gen, t) => gen.fc.tuple(arrays(gen, t.T),
      gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: 1n, max: 40n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(0n, -1n, -(2n ** 63n), 2n ** 32n + 3n, 2n ** 63n - 1n) })),
  },
});
