import { block, Fault } from "../../blocks/block.js";

const mod = (x: bigint, m: bigint) => ((x % m) + m) % m;

export default block({
  name: "mulmod",
  aliases: ["modmul", "mulmodn", "productmod"],
  sig: "(a: int, b: int, m: int) -> int",
  doc: "a·b mod m exactly, in [0, m), even where a·b itself would overflow (as (a * b) % m does in 64 bits); faults (argument) when m <= 0",
  examples: [
    { code: "mulmod(9223372036854775807, 2, 1000000007)", result: "582344006" },
    { code: "mulmod(-3, 4, 5)", result: "3" },
  ],
  oracle: (a: bigint, b: bigint, m: bigint) => {
    if (m <= 0n) throw new Fault("argument");
    return mod(a * b, m);
  },
  test: { args: (gen) => gen.fc.tuple(gen.int, gen.int, gen.fc.oneof(gen.int, gen.fc.bigInt({ min: -1n, max: 100n }), gen.fc.constant(2n ** 63n - 1n))) },
});
