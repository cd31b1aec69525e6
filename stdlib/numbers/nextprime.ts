import { block, Fault } from "../../blocks/block.js";
import { isPrime, wide } from "./_num.js";

export default block({
  name: "nextprime",
  aliases: ["next_prime", "primeafter", "nextprimeafter"],
  sig: "(n: int) -> int",
  doc: "the smallest prime greater than n (2 for every n < 2; sympy's nextprime); faults (argument) when n >= 2^63 - 25, the largest prime an int holds",
  examples: [
    { code: "nextprime(13)", result: "17" },
    { code: "nextprime(-5)", result: "2" },
  ],
  oracle: (n: bigint) => {
    if (n >= 9223372036854775783n) throw new Fault("argument");
    let m = n < 2n ? 2n : n + 1n;
    while (!isPrime(m)) m++;
    return m;
  },
  test: { args: (gen) => gen.fc.tuple(wide(gen)) },
});
