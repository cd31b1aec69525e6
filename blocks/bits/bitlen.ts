import { block } from "../block.js";

export default block({
  name: "bitlen",
  aliases: ["bit_length", "bitlength", "nbits"],
  sig: "(n: int) -> int",
  doc: "the number of bits needed to write |n| in binary, like Python's int.bit_length: 0 for 0, 3 for 5 and -5, 64 for the smallest int",
  examples: [
    { code: "bitlen(5)", result: "3" },
    { code: "bitlen(-8)", result: "4" },
  ],
  oracle: (n: bigint) => {
    const a = n < 0n ? -n : n;
    return a === 0n ? 0n : BigInt(a.toString(2).length);
  },
});
