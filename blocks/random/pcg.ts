import { block } from "../block.js";
import { count, countArb, pcg32 } from "./_prng.js";

export default block({
  name: "pcg",
  aliases: ["pcg32"],
  sig: "(seed: int, n: int) -> [int]",
  doc: "n outputs (0 ≤ x < 2^32) of PCG32 XSH-RR seeded like the reference pcg32_srandom_r(seed, 54), so pcg(42, n) reproduces pcg32-demo; fault argument when n < 0",
  examples: [
    { code: "pcg(42, 3)", result: "[2707161783, 2068313097, 3122475824]" },
    { code: "pcg(1, 2)", result: "[2607537577, 204602440]" },
  ],
  oracle: (seed: bigint, n: bigint) => {
    const next = pcg32(seed);
    return Array.from({ length: count(n) }, () => next());
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.int, countArb(gen)) },
});
