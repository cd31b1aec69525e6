import { block, Fault } from "../block.js";
import { factorize, numberArbs } from "./_nt.js";

export default block({
  name: "totient",
  aliases: ["phi", "eulerphi"],
  sig: "(n: int) -> int",
  doc: "Euler's totient: how many of 1..n are coprime to n (n times the product of 1 - 1/p over its distinct primes p); totient(1) is 1; faults with argument when n < 1",
  examples: [
    { code: "totient(36)", result: "12" },
    { code: "totient(13)", result: "12" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n) throw new Fault("argument");
    let phi = n;
    for (const p of new Set(factorize(n))) phi = (phi / p) * (p - 1n);
    return phi;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const a = numberArbs(gen);
      return fc.tuple(fc.oneof(gen.int, gen.nat(100000), a.semiprime, a.power, a.smooth, a.special));
    },
  },
});
