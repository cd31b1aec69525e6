import { block, Fault } from "../block.js";

export default block({
  name: "identity",
  aliases: ["eye"],
  sig: "(n: int) -> [[int]]",
  doc: "the n×n identity matrix of ints (1 on the diagonal, 0 elsewhere); [] when n is 0; faults argument when n is negative",
  examples: [
    { code: "identity(2)", result: "[[1, 0], [0, 1]]" },
    { code: "identity(1)", result: "[[1]]" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n) throw new Fault("argument");
    const k = Number(n);
    return Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1n : 0n)));
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof({ weight: 10, arbitrary: gen.nat(30) }, { weight: 1, arbitrary: gen.fc.constantFrom(-1n, -2n, -(2n ** 63n)) })) },
});
