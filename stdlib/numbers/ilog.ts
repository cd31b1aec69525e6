import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "ilog",
  aliases: ["intlog", "floorlog", "integerlog", "ilogb"],
  sig: "(n: int, b: int) -> int",
  doc: "the integer logarithm: the largest e with b^e <= n, exact for every int (ilog(1000, 10) is 3 where logbase rounds to 2.9999999999999996); faults (argument) when n < 1 or b < 2",
  examples: [
    { code: "ilog(1000, 10)", result: "3" },
    { code: "ilog(7, 2)", result: "2" },
  ],
  oracle: (n: bigint, b: bigint) => {
    if (n < 1n || b < 2n) throw new Fault("argument");
    let e = 0n, p = 1n;
    while (p * b <= n) { p *= b; e++; }
    return e;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: -1n, max: 2000n })), gen.fc.oneof(gen.fc.bigInt({ min: 0n, max: 12n }), gen.int)) },
});
