import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "hailstone",
  aliases: ["collatzseq", "collatzsequence", "collatzpath"],
  sig: "(n: int) -> [int]",
  doc: "the Collatz sequence from n down to 1, both included: n/2 after an even n, 3n + 1 after an odd one ([1] for 1; collatz counts its steps); faults (argument) when n < 1; values wrap at 64 bits beyond n ≈ 2^61",
  examples: [
    { code: "hailstone(6)", result: "[6, 3, 10, 5, 16, 8, 4, 2, 1]" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n) throw new Fault("argument");
    const out = [n];
    while (n !== 1n) { n = n % 2n === 0n ? n / 2n : 3n * n + 1n; out.push(n); }
    return out;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.fc.bigInt({ min: -2n, max: 10000n }), gen.fc.constantFrom(27n, 97n, 871n, 1000000n))) },
});
