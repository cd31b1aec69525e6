import { block } from "../../blocks/block.js";
import { primesUpTo } from "./_num.js";

export default block({
  name: "primepi",
  aliases: ["primecount", "countprimes", "pi_n", "primepi_n"],
  sig: "(n: int) -> int",
  doc: "how many primes are <= n (π(n), sympy's primepi), by a sieve up to n: 0 when n < 2; faults (memory) when n > 2^32",
  examples: [
    { code: "primepi(10)", result: "4" },
    { code: "primepi(1)", result: "0" },
  ],
  oracle: (n: bigint) => BigInt(n < 2n ? 0 : primesUpTo(Number(n)).length),
  test: { args: (gen) => gen.fc.tuple(gen.fc.bigInt({ min: -3n, max: 5000n })) },
});
