import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "iroot",
  aliases: ["introot", "nthroot", "integerroot", "kthroot"],
  sig: "(n: int, k: int) -> int",
  doc: "the integer k-th root: the largest r with r^k <= n, exact for every int (isqrt is k = 2); faults (argument) when n < 0 or k < 1",
  examples: [
    { code: "iroot(27, 3)", result: "3" },
    { code: "iroot(26, 3)", result: "2" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (n < 0n || k < 1n) throw new Fault("argument");
    let lo = 0n, hi = n + 1n;
    // past 2^63 every power of 2 or more is too large, so exponents above 64 act as 64
    const e = k > 64n ? 64n : k;
    while (hi - lo > 1n) { const mid = (lo + hi) / 2n; if (mid ** e <= n) lo = mid; else hi = mid; }
    return lo;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: 0n, max: 3000n }).chain((r: bigint) => gen.fc.constantFrom(r ** 3n, r ** 3n - 1n, r * r))), gen.fc.oneof(gen.fc.bigInt({ min: -1n, max: 8n }), gen.fc.constantFrom(63n, 64n, 100n))) },
});
