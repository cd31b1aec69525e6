import { block } from "../block.js";

export default block({
  name: "xor",
  aliases: ["bxor", "bitxor", "bitwise_xor"],
  sig: "(a: int, b: int) -> int",
  doc: "bitwise XOR of the 64-bit two's complement values",
  examples: [
    { code: "xor(12, 10)", result: "6" },
    { code: "xor(-1, 5)", result: "-6" },
  ],
  oracle: (a: bigint, b: bigint) => BigInt.asIntN(64, a ^ b),
});
