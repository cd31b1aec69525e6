import { block } from "../../blocks/block.js";

const gcd = (a: bigint, b: bigint): bigint => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };

export default block({
  name: "coprime",
  aliases: ["iscoprime", "relativelyprime", "relprime"],
  sig: "(a: int, b: int) -> bool",
  doc: "whether a and b have no common divisor but 1 (gcd(a, b) == 1): true for 1 and anything, false for 0 and anything but ±1",
  examples: [
    { code: "coprime(8, 15)", result: "true" },
    { code: "coprime(6, 9)", result: "false" },
  ],
  oracle: (a: bigint, b: bigint) => gcd(a, b) === 1n,
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.small, gen.int), gen.fc.oneof(gen.small, gen.int)) },
});
