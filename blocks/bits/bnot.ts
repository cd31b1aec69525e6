import { block } from "../block.js";

export default block({
  name: "bnot",
  aliases: ["bitnot", "bitwise_not", "invert", "complement"],
  sig: "(n: int) -> int",
  doc: "bitwise NOT of the 64-bit two's complement value, which is -n - 1",
  examples: [
    { code: "bnot(0)", result: "-1" },
    { code: "bnot(5)", result: "-6" },
  ],
  oracle: (n: bigint) => BigInt.asIntN(64, ~n),
});
