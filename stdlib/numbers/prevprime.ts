import { block, Fault } from "../../blocks/block.js";
import { isPrime, wide } from "./_num.js";

export default block({
  name: "prevprime",
  aliases: ["prev_prime", "primebefore", "previousprime"],
  sig: "(n: int) -> int",
  doc: "the largest prime less than n (sympy's prevprime); faults (argument) when n <= 2, below which there is none",
  examples: [
    { code: "prevprime(13)", result: "11" },
    { code: "prevprime(3)", result: "2" },
  ],
  oracle: (n: bigint) => {
    if (n <= 2n) throw new Fault("argument");
    let m = n - 1n;
    while (!isPrime(m)) m--;
    return m;
  },
  test: { args: (gen) => gen.fc.tuple(wide(gen)) },
});
