import { block, Fault } from "../block.js";
import { factorize, numberArbs } from "./_nt.js";

export default block({
  name: "factors",
  aliases: ["factorize", "factorise"],
  sig: "(n: int) -> [int]",
  doc: "the prime factorization of n, ascending, each prime repeated by its multiplicity (factors(12) is [2, 2, 3]); factors(1) is []; exact and fast for every int (Pollard rho); faults with argument when n < 1",
  examples: [
    { code: "factors(360)", result: "[2, 2, 2, 3, 3, 5]" },
    { code: "factors(97)", result: "[97]" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n) throw new Fault("argument");
    return factorize(n);
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const a = numberArbs(gen);
      return fc.tuple(fc.oneof(gen.int, gen.nat(100000), a.prime(2n ** 63n - 25n), a.semiprime, a.bigSemi, a.power, a.smooth, a.special));
    },
  },
});
