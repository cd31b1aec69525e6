import { block, Fault } from "../block.js";

export default block({
  name: "collatz",
  aliases: ["collatzsteps", "stoppingtime"],
  sig: "(n: int) -> int",
  doc: "the number of Collatz steps (n/2 when even, 3n + 1 when odd) to reach 1 from n; collatz(1) is 0; intermediate values are exact to 128 bits (ample: the highest known peak from a start below 2^63 is about 2^125.6) and it faults with overflow past 2^128; faults with argument when n < 1",
  examples: [
    { code: "collatz(6)", result: "8" },
    { code: "collatz(27)", result: "111" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n) throw new Fault("argument");
    let steps = 0n;
    while (n !== 1n) {
      n = n & 1n ? 3n * n + 1n : n >> 1n;
      if (n >= 2n ** 128n) throw new Fault("overflow");
      steps++;
    }
    return steps;
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.nat(100000), gen.fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }))) },
});
