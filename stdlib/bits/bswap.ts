import { block } from "../../blocks/block.js";

export default block({
  name: "bswap",
  aliases: ["byteswap", "swapbytes", "reversebytes", "bswap64"],
  sig: "(n: int) -> int",
  doc: "n with the order of its 8 bytes reversed, turning a little-endian 64-bit value into a big-endian one and back (C's __builtin_bswap64)",
  examples: [
    { code: "bswap(1)", result: "72057594037927936" },
    { code: "bswap(0x0102030405060708).hex", result: "807060504030201" },
  ],
  oracle: (n: bigint) => { let u = BigInt.asUintN(64, n), r = 0n; for (let i = 0; i < 8; i++) { r = (r << 8n) | (u & 255n); u >>= 8n; } return BigInt.asIntN(64, r); },
});
