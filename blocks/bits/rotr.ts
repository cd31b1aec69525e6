import { block } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "rotr",
  aliases: ["ror", "rotateright", "rotate_right"],
  sig: "(n: int, k: int) -> int",
  doc: "the 64 bits of n rotated right by k (k taken mod 64, so a negative k rotates left)",
  examples: [
    { code: "rotr(8, 3)", result: "1" },
    { code: "rotr(1, 1)", result: "-9223372036854775808" },
  ],
  oracle: (n: bigint, k: bigint) => {
    const r = ((k % 64n) + 64n) % 64n, x = BigInt.asUintN(64, n);
    return BigInt.asIntN(64, (x >> r) | (x << ((64n - r) % 64n)));
  },
  test: { args: intCount },
});
