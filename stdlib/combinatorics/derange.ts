import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "derange",
  aliases: ["derangements", "subfactorial", "partialfactorial"],
  sig: "(n: int) -> int",
  doc: "the number of derangements of n items, orderings that leave none in its place (!n: 1, 0, 1, 2, 9, 44, …; sympy's subfactorial); faults (argument) when n < 0 or n > 20 (!21 exceeds the int range)",
  examples: [
    { code: "range(6).map(derange)", result: "[1, 0, 1, 2, 9, 44]" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n || n > 20n) throw new Fault("argument");
    let a = 1n, b = 0n;
    if (n === 0n) return 1n;
    for (let i = 2n; i <= n; i++) [a, b] = [b, (i - 1n) * (a + b)];
    return b;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.bigInt({ min: -2n, max: 23n })) },
});
