import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "lucas",
  aliases: ["lucasnumber", "lucasnum"],
  sig: "(n: int) -> int",
  doc: "the n-th Lucas number (2, 1, 3, 4, 7, 11, …: L(n) = L(n - 1) + L(n - 2), the Fibonacci recurrence from 2 and 1), in O(log n) steps; exact modulo 2^64 (wraps) from n = 91 on; faults (argument) when n < 0",
  examples: [
    { code: "range(6).map(lucas)", result: "[2, 1, 3, 4, 7, 11]" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n) throw new Fault("argument");
    let a = 2n, b = 1n;
    const M = 1n << 64n;
    for (let i = 0n; i < n; i++) [a, b] = [b, (a + b) % M];
    return BigInt.asIntN(64, a);
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.fc.bigInt({ min: -2n, max: 300n }), gen.fc.constantFrom(90n, 91n, 92n, 1000n))) },
});
