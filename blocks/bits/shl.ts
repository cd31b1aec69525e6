import { block, Fault } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "shl",
  aliases: ["lshift", "left_shift", "shiftleft"],
  sig: "(n: int, k: int) -> int",
  doc: "n shifted left by k bits, i.e. n * 2^k wrapped to 64 bits (0 when k >= 64); faults (argument) when k < 0",
  examples: [
    { code: "shl(3, 4)", result: "48" },
    { code: "shl(-1, 63)", result: "-9223372036854775808" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (k < 0n) throw new Fault("argument");
    return k >= 64n ? 0n : BigInt.asIntN(64, n << k);
  },
  test: { args: intCount },
});
