import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "perm",
  aliases: ["npr", "permcount", "falling", "fallingfactorial"],
  sig: "(n: int, k: int) -> int",
  doc: "the number of ordered arrangements of k of n items, n!/(n - k)! (Python's math.perm); 0 when k > n, 1 when k = 0; faults (argument) when n or k is negative and (overflow) when the result exceeds the int range (permutations lists them)",
  examples: [
    { code: "perm(5, 2)", result: "20" },
    { code: "perm(3, 4)", result: "0" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (n < 0n || k < 0n) throw new Fault("argument");
    if (k > n) return 0n;
    let p = 1n;
    for (let i = 0n; i < k; i++) p *= n - i;
    if (p >= 2n ** 63n) throw new Fault("overflow");
    return p;
  },
  test: { args: (gen) => gen.fc.oneof(gen.fc.tuple(gen.fc.bigInt({ min: -2n, max: 40n }), gen.fc.bigInt({ min: -2n, max: 40n })), gen.fc.tuple(gen.int, gen.fc.bigInt({ min: 0n, max: 3n }))) },
});
