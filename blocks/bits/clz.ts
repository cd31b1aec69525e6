import { block } from "../block.js";

export default block({
  name: "clz",
  aliases: ["leadingzeros", "countleadingzeros", "nlz"],
  sig: "(n: int) -> int",
  doc: "the number of leading 0 bits in the 64-bit two's complement of n: 64 for 0, 0 for any negative n",
  examples: [
    { code: "clz(1)", result: "63" },
    { code: "clz(0)", result: "64" },
  ],
  oracle: (n: bigint) => {
    const x = BigInt.asUintN(64, n);
    return 64n - BigInt(x === 0n ? 0 : x.toString(2).length);
  },
});
