import { block } from "../block.js";

export default block({
  name: "digitsum",
  aliases: ["sumdigits"],
  sig: "(n: int) -> int",
  doc: "the sum of the base-10 digits of |n|; digitsum(0) is 0",
  examples: [{ code: "digitsum(-1234)", result: "10" }],
  oracle: (n: bigint) => [...(n < 0n ? -n : n).toString()].reduce((s, c) => s + BigInt(c), 0n),
});
