import { block } from "../block.js";

export default block({
  name: "band",
  aliases: ["bitand", "bitwise_and", "and_"],
  sig: "(a: int, b: int) -> int",
  doc: "bitwise AND of the 64-bit two's complement values",
  examples: [
    { code: "band(12, 10)", result: "8" },
    { code: "band(-1, 5)", result: "5" },
  ],
  oracle: (a: bigint, b: bigint) => BigInt.asIntN(64, a & b),
});
