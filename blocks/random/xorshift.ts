import { block } from "../block.js";
import { count, countArb, xorshift64star } from "./_prng.js";

export default block({
  name: "xorshift",
  aliases: ["xorshift64", "xorshift64star"],
  sig: "(seed: int, n: int) -> [int]",
  doc: "n ints from xorshift64* seeded with seed (seed 0 becomes 0x9E3779B97F4A7C15): x ^= x >> 12, x ^= x << 25, x ^= x >> 27, output x * 0x2545F4914F6CDD1D as a signed 64-bit int; fault argument when n < 0",
  examples: [
    { code: "xorshift(1, 2)", result: "[5180492295206395165, -6066446928794000099]" },
    { code: "xorshift(42, 1)", result: "[6255019084209693600]" },
  ],
  oracle: (seed: bigint, n: bigint) => {
    const g = xorshift64star(seed);
    return Array.from({ length: count(n) }, () => BigInt.asIntN(64, g.next()));
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.int, countArb(gen)) },
});
