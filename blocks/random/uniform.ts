import { block } from "../block.js";
import { count, countArb, xorshift64star } from "./_prng.js";

export default block({
  name: "uniform",
  aliases: ["random", "rand", "random_sample"],
  sig: "(seed: int, n: int) -> [float]",
  doc: "n floats in [0, 1): each is the top 53 bits of the next xorshift64* output (the stream of xorshift(seed, n)) divided by 2^53; fault argument when n < 0",
  examples: [
    { code: "uniform(1, 2)", result: "[0.28083505005035947, 0.6711372530266764]" },
    { code: "uniform(42, 1)", result: "[0.33908526400192196]" },
  ],
  oracle: (seed: bigint, n: bigint) => {
    const g = xorshift64star(seed);
    return Array.from({ length: count(n) }, () => Number(g.next() >> 11n) / 2 ** 53);
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.int, countArb(gen)) },
});
