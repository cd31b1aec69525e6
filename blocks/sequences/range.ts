import { block, Fault } from "../block.js";
import { LIMIT } from "./_util.js";
import { count } from "./_args.js";

const MIN = -(2n ** 63n), MAX = 2n ** 63n - 1n;

function range(a: bigint, b: bigint, step: bigint): bigint[] {
  if (step === 0n) throw new Fault("argument");
  const n = step > 0n ? (a < b ? (b - a - 1n) / step + 1n : 0n) : a > b ? (a - b - 1n) / -step + 1n : 0n;
  if (n > LIMIT) throw new Fault("memory");
  return Array.from({ length: Number(n) }, (_, i) => a + BigInt(i) * step);
}

/** Start and end a small distance apart, anywhere in the int range, and sometimes far apart. */
const ends = (gen: any) => {
  const fc = gen.fc;
  const near = fc.tuple(gen.int, fc.integer({ min: -40, max: 40 })).map(([a, d]: [bigint, number]) => {
    const b = a + BigInt(d);
    return b < MIN || b > MAX ? [a, a - BigInt(d)] : [a, b];
  });
  return fc.oneof({ weight: 6, arbitrary: near }, { weight: 1, arbitrary: fc.tuple(gen.int, gen.int) });
};

export default block({
  name: "range",
  aliases: ["arange", "iota"],
  sig: ["(n: int) -> [int]", "(a: int, b: int) -> [int]", "(a: int, b: int, step: int) -> [int]"],
  doc: "the ints 0..n-1, or a..b-1, or a, a+step, ... while before b (Python's range; empty when there are none); faults argument when step is 0, memory above 2^28 elements",
  examples: [
    { code: "range(4)", result: "[0, 1, 2, 3]" },
    { code: "range(2, 5)", result: "[2, 3, 4]" },
    { code: "range(10, 0, -3)", result: "[10, 7, 4, 1]" },
  ],
  oracle: (...args: any[]) => {
    const xs = args.slice(0, -1) as bigint[];
    return xs.length === 1 ? range(0n, xs[0], 1n) : xs.length === 2 ? range(xs[0], xs[1], 1n) : range(xs[0], xs[1], xs[2]);
  },
  test: {
    args: (gen, _t, o) => {
      const fc = gen.fc;
      if (o === 0) return fc.tuple(fc.oneof(count(gen), fc.integer({ min: 0, max: 300 }).map(BigInt)));
      if (o === 1) return ends(gen).filter(([a, b]: bigint[]) => b - a <= 1000n || b - a > LIMIT);
      const step = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -6, max: 6 }).map(BigInt) }, { weight: 1, arbitrary: gen.int });
      // counts between 1000 and 2^28 are valid but slow to test: leave them out
      const size = (a: bigint, b: bigint, s: bigint) => (s > 0n ? (a < b ? (b - a - 1n) / s + 1n : 0n) : s < 0n && a > b ? (a - b - 1n) / -s + 1n : 0n);
      return fc.tuple(ends(gen), step).map(([[a, b], s]: [bigint[], bigint]) => [a, b, s])
        .filter(([a, b, s]: bigint[]) => size(a, b, s) <= 1000n || size(a, b, s) > LIMIT);
    },
  },
});
