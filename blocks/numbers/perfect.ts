import { block } from "../block.js";

/** The perfect numbers below 2^63: 2^(p-1)(2^p - 1) for the Mersenne primes 2^p - 1 with p <= 31
 *  (no odd perfect number exists below 10^1500). */
export const PERFECT = [6n, 28n, 496n, 8128n, 33550336n, 8589869056n, 137438691328n, 2305843008139952128n];

export default block({
  name: "perfect",
  aliases: ["isperfect"],
  sig: "(n: int) -> bool",
  doc: "whether n equals the sum of its proper divisors (6 = 1 + 2 + 3); false for n < 1; exact for every int (there are eight perfect numbers below 2^63)",
  examples: [
    { code: "perfect(28)", result: "true" },
    { code: "perfect(12)", result: "false" },
  ],
  oracle: (n: bigint) => PERFECT.includes(n),
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.constantFrom(...PERFECT), gen.fc.constantFrom(...PERFECT).map((p: bigint) => p + 1n), gen.nat(10000))) },
});
