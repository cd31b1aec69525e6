import { block } from "../block.js";

export default block({
  name: "invert",
  aliases: ["bitnot", "bitwise_not", "bnot", "complement"],
  sig: "(n: int) -> int",
  doc: "bitwise NOT of the 64-bit two's complement value, which is -n - 1",
  examples: [
    { code: "invert(0)", result: "-1" },
    { code: "invert(5)", result: "-6" },
  ],
  oracle: (n: bigint) => BigInt.asIntN(64, ~n),
});
