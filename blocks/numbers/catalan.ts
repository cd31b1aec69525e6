import { block, Fault } from "../block.js";

export default block({
  name: "catalan",
  sig: "(n: int) -> int",
  doc: "the n-th Catalan number C(2n, n) / (n + 1) (1, 1, 2, 5, 14, ...); faults with argument when n < 0 and with overflow when n > 35",
  examples: [{ code: "catalan(5)", result: "42" }],
  oracle: (n: bigint) => {
    if (n < 0n) throw new Fault("argument");
    if (n > 35n) throw new Fault("overflow");
    let c = 1n;
    for (let i = 0n; i < n; i++) c = (c * 2n * (2n * i + 1n)) / (i + 2n);
    return c;
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: -3n, max: 40n }))) },
});
