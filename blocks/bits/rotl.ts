import { block } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "rotl",
  aliases: ["rol", "rotateleft", "rotate_left"],
  sig: "(n: int, k: int) -> int",
  doc: "the 64 bits of n rotated left by k (k taken mod 64, so a negative k rotates right)",
  examples: [
    { code: "rotl(1, 3)", result: "8" },
    { code: "rotl(1, -1)", result: "-9223372036854775808" },
  ],
  oracle: (n: bigint, k: bigint) => {
    const r = ((k % 64n) + 64n) % 64n, x = BigInt.asUintN(64, n);
    return BigInt.asIntN(64, (x << r) | (x >> ((64n - r) % 64n)));
  },
  test: { args: intCount },
});
