import { block } from "../block.js";

export default block({
  name: "even",
  aliases: ["iseven"],
  sig: "(n: int) -> bool",
  doc: "whether n is divisible by 2 (negative numbers too; 0 is even)",
  examples: [
    { code: "even(10)", result: "true" },
    { code: "even(7)", result: "false" },
  ],
  oracle: (n: bigint) => (n & 1n) === 0n,
});
