import { block } from "../block.js";

export default block({
  name: "sumdigits",
  aliases: ["digitsum", "digit_sum"],
  sig: "(n: int) -> int",
  doc: "the sum of the base-10 digits of |n|; sumdigits(0) is 0",
  examples: [{ code: "sumdigits(-1234)", result: "10" }],
  oracle: (n: bigint) => [...(n < 0n ? -n : n).toString()].reduce((s, c) => s + BigInt(c), 0n),
});
