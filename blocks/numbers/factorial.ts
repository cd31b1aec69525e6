import { block, Fault } from "../block.js";

export default block({
  name: "factorial",
  aliases: ["fact"],
  sig: "(n: int) -> int",
  doc: "n! = 1 * 2 * ... * n, with 0! = 1; faults with argument when n < 0 and with overflow when n > 20 (21! exceeds the int range)",
  examples: [
    { code: "factorial(5)", result: "120" },
    { code: "factorial(20)", result: "2432902008176640000" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n) throw new Fault("argument");
    if (n > 20n) throw new Fault("overflow");
    let f = 1n;
    for (let i = 2n; i <= n; i++) f *= i;
    return f;
  },
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: -3n, max: 25n }))) },
});
