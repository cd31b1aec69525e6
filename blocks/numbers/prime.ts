import { block } from "../block.js";
import { isPrime, numberArbs } from "./_nt.js";

export default block({
  name: "prime",
  aliases: ["isprime"],
  sig: "(n: int) -> bool",
  doc: "whether n is a prime number; deterministic and exact for every int (Miller-Rabin with bases proven sufficient below 2^64); false for n < 2",
  examples: [
    { code: "prime(97)", result: "true" },
    { code: "prime(91)", result: "false" },
  ],
  oracle: (n: bigint) => isPrime(n),
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const a = numberArbs(gen);
      return fc.tuple(fc.oneof(gen.int, gen.nat(5000), a.prime(2n ** 63n - 25n), a.prime(2n ** 32n), a.semiprime, a.bigSemi, a.power, a.special));
    },
  },
});
