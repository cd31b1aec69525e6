import { block } from "../block.js";

export default block({
  name: "bor",
  aliases: ["bitor", "bitwise_or", "or_"],
  sig: "(a: int, b: int) -> int",
  doc: "bitwise OR of the 64-bit two's complement values",
  examples: [
    { code: "bor(12, 10)", result: "14" },
    { code: "bor(-8, 3)", result: "-5" },
  ],
  oracle: (a: bigint, b: bigint) => BigInt.asIntN(64, a | b),
});
