import { block, Fault } from "../block.js";
import { count, countArb, xorshift64star } from "./_prng.js";

export default block({
  name: "randint",
  aliases: ["integers", "random_integers"],
  sig: "(seed: int, n: int, lo: int, hi: int) -> [int]",
  doc: "n ints uniform in [lo, hi] (inclusive, unbiased): each is lo + d mod (hi − lo + 1) for the next xorshift64* output d (as in xorshift, read unsigned) not below 2^64 mod (hi − lo + 1), smaller draws being skipped; fault argument when n < 0 or lo > hi",
  examples: [
    { code: "randint(7, 5, 1, 6)", result: "[5, 3, 1, 1, 6]" },
    { code: "randint(1, 3, -10, 10)", result: "[9, -2, -6]" },
  ],
  oracle: (seed: bigint, n: bigint, lo: bigint, hi: bigint) => {
    if (n < 0n || lo > hi) throw new Fault("argument");
    const len = count(n);
    const g = xorshift64star(seed);
    const range = BigInt.asUintN(64, hi - lo + 1n);
    return Array.from({ length: len }, () => BigInt.asIntN(64, lo + g.below(range)));
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const bound = fc.oneof({ weight: 4, arbitrary: gen.small }, { weight: 2, arbitrary: gen.int });
      const lohi = fc.oneof(
        fc.tuple(bound, bound).map(([a, b]: bigint[]) => (a <= b ? [a, b] : [b, a])),
        fc.tuple(bound, bound),
        fc.tuple(gen.small, fc.bigInt({ min: 0n, max: 3n })).map(([a, d]: bigint[]) => [a, a + d]),
        fc.constantFrom([-(2n ** 63n), 2n ** 63n - 1n], [0n, 2n ** 63n - 1n], [-(2n ** 63n), 0n], [-1n, 2n ** 63n - 1n], [0n, 2n ** 62n], [5n, 5n]),
      );
      return fc.tuple(gen.int, countArb(gen), lohi).map(([s, n, [lo, hi]]: any) => [s, n, lo, hi]);
    },
  },
});
