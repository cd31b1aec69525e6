import { block } from "../block.js";

export default block({
  name: "ctz",
  aliases: ["trailingzeros", "counttrailingzeros", "ntz"],
  sig: "(n: int) -> int",
  doc: "the number of trailing 0 bits in the 64-bit two's complement of n: 64 for 0",
  examples: [
    { code: "ctz(8)", result: "3" },
    { code: "ctz(0)", result: "64" },
  ],
  oracle: (n: bigint) => {
    let x = BigInt.asUintN(64, n), c = 0n;
    if (x === 0n) return 64n;
    while ((x & 1n) === 0n) { c++; x >>= 1n; }
    return c;
  },
});
