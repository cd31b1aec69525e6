import { block } from "../block.js";

export default block({
  name: "parity",
  aliases: ["bitparity"],
  sig: "(n: int) -> int",
  doc: "1 when n's 64-bit two's complement has an odd number of 1 bits, else 0 (like C's __builtin_parityll)",
  examples: [
    { code: "parity(7)", result: "1" },
    { code: "parity(-1)", result: "0" },
  ],
  oracle: (n: bigint) => {
    let x = BigInt.asUintN(64, n), c = 0n;
    while (x) { c ^= x & 1n; x >>= 1n; }
    return c;
  },
});
