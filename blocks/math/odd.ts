import { block } from "../block.js";

export default block({
  name: "odd",
  aliases: ["isodd"],
  sig: "(n: int) -> bool",
  doc: "whether n is not divisible by 2 (negative numbers too: -3 is odd)",
  examples: [{ code: "odd(-3)", result: "true" }],
  oracle: (n: bigint) => (n & 1n) === 1n,
});
