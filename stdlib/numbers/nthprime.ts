import { block, Fault } from "../../blocks/block.js";
import { primesUpTo } from "./_num.js";

export default block({
  name: "nthprime",
  aliases: ["prime_n", "primenth", "nth_prime", "prime_at"],
  sig: "(n: int) -> int",
  doc: "the n-th prime counting from nthprime(1) = 2 (sympy's prime(n)), by one sieve up to n(ln n + ln ln n); faults (argument) when n < 1 and (memory) when n is so large the sieve would pass 2^32",
  examples: [
    { code: "nthprime(1)", result: "2" },
    { code: "nthprime(100)", result: "541" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n) throw new Fault("argument");
    const ps = primesUpTo(Number(n) * 20 + 20);
    return BigInt(ps[Number(n) - 1]);
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: -2n, max: 3000n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(0n, 1n, 5n, 6n, 7n, 10000n) })) },
});
