import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "divsum",
  aliases: ["sigma1", "sumdivisors", "divisorsum", "sumofdivisors"],
  sig: "(n: int) -> int",
  doc: "the sum of all positive divisors of n, n itself included (σ(n): divsum(6) is 12; subtract n for the proper divisors); wraps at 64 bits; faults (argument) when n < 1",
  examples: [
    { code: "divsum(6)", result: "12" },
    { code: "divsum(1)", result: "1" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n) throw new Fault("argument");
    let s = 0n;
    for (let d = 1n; d * d <= n; d++) if (n % d === 0n) { s += d; if (d * d !== n) s += n / d; }
    return BigInt.asIntN(64, s);
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof({ weight: 6, arbitrary: gen.fc.bigInt({ min: -2n, max: 100000n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(0n, 1n, 720720n, 999999937n, 2n ** 40n) })) },
});
