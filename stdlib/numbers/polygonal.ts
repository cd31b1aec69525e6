import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "polygonal",
  aliases: ["polygonalnumber", "figurate", "sgonal", "ngonal"],
  sig: "(s: int, n: int) -> int",
  doc: "the n-th s-gonal number ((s - 2)·n(n - 1)/2 + n: triangular for s = 3, square for 4, pentagonal 1, 5, 12, 22 for 5, …), exact modulo 2^64 (wraps), the same formula for n <= 0; faults (argument) when s < 3",
  examples: [
    { code: "polygonal(5, 4)", result: "22" },
    { code: "range(1, 6).map(polygonal(6, _))", result: "[1, 6, 15, 28, 45]" },
  ],
  oracle: (s: bigint, n: bigint) => {
    if (s < 3n) throw new Fault("argument");
    return BigInt.asIntN(64, ((s - 2n) * n * (n - 1n)) / 2n + n);
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.fc.bigInt({ min: -1n, max: 12n }), gen.int), gen.fc.oneof(gen.small, gen.int)) },
});
