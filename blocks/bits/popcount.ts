import { block } from "../block.js";

export default block({
  name: "popcount",
  aliases: ["bitcount", "bit_count", "popcnt", "hammingweight"],
  sig: "(n: int) -> int",
  doc: "the number of 1 bits in the 64-bit two's complement of n (so -1 gives 64, 0 gives 0)",
  examples: [
    { code: "popcount(7)", result: "3" },
    { code: "popcount(-1)", result: "64" },
  ],
  oracle: (n: bigint) => {
    let x = BigInt.asUintN(64, n), c = 0n;
    while (x) { c += x & 1n; x >>= 1n; }
    return c;
  },
});
