import { block } from "../block.js";

export default block({
  name: "triangle",
  aliases: ["triangular"],
  sig: "(n: int) -> int",
  doc: "the n-th triangular number n(n + 1)/2 = 1 + 2 + ... + n, exact modulo 2^64 (wraps); the same formula for negative n",
  examples: [{ code: "triangle(4)", result: "10" }],
  oracle: (n: bigint) => BigInt.asIntN(64, (n * (n + 1n)) / 2n),
});
