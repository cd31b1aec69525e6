import { block, Fault } from "../block.js";

export default block({
  name: "subsetsum",
  sig: "(xs: [int], target: int) -> bool",
  doc: "whether some of the elements (each used at most once, possibly none) sum exactly to target (true for target 0, false for a negative target); O(n * target / 64) for targets below 2^27, else at most 2^n sums; faults argument on a negative element",
  examples: [
    { code: "[3, 34, 4, 12, 5, 2].subsetsum(9)", result: "true" },
    { code: "[3, 34, 4, 12, 5, 2].subsetsum(30)", result: "false" },
  ],
  oracle: (xs: bigint[], target: bigint) => {
    if (xs.some((x) => x < 0n)) throw new Fault("argument");
    if (target < 0n) return false;
    const total = xs.reduce((a, b) => a + b, 0n);
    if (total < target) return false;
    let sums = new Set<bigint>([0n]);
    for (const x of xs) {
      for (const s of [...sums]) if (s + x <= target) sums.add(s + x);
      if (sums.has(target)) return true;
    }
    return sums.has(target);
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const x = fc.oneof(
        { weight: 40, arbitrary: gen.nat(60) },
        { weight: 4, arbitrary: fc.integer({ min: 60, max: 400 }).map(BigInt) },
        { weight: 1, arbitrary: fc.constantFrom(-1n, 2n ** 63n - 1n, 2n ** 62n) },
      );
      const target = fc.oneof(
        { weight: 20, arbitrary: gen.nat(300) },
        { weight: 5, arbitrary: gen.nat(2000) },
        { weight: 1, arbitrary: fc.constantFrom(0n, -1n, -(2n ** 63n), 2n ** 63n - 1n) },
      );
      // a target that some subset reaches, or just misses
      const near = (xs: any) => xs.chain((a: bigint[]) => fc.tuple(fc.constant(a), fc.array(fc.boolean(), { minLength: a.length, maxLength: a.length }), fc.constantFrom(0n, 0n, 1n, -1n))
        .map(([a, pick, d]: [bigint[], boolean[], bigint]) => [a, BigInt.asIntN(64, a.reduce((s, v, i) => (pick[i] ? s + v : s), 0n) + d)]));
      const small = fc.array(x, { maxLength: 20 });
      const big = fc.array(fc.oneof(fc.bigInt({ min: 2n ** 40n, max: 2n ** 40n + 1000n }), fc.bigInt({ min: 0n, max: 2n ** 50n })), { maxLength: 12 });
      return fc.oneof({ weight: 2, arbitrary: fc.tuple(small, target) }, { weight: 4, arbitrary: near(small) }, { weight: 2, arbitrary: near(big) });
    },
  },
});
