import { block, Fault } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "flip",
  aliases: ["togglebit", "flipbit", "bitflip"],
  sig: "(n: int, i: int) -> int",
  doc: "n with bit i (0 = least significant) toggled; faults (index) unless 0 <= i <= 63",
  examples: [
    { code: "flip(5, 0)", result: "4" },
    { code: "flip(5, 1)", result: "7" },
  ],
  oracle: (n: bigint, i: bigint) => {
    if (i < 0n || i > 63n) throw new Fault("index");
    return BigInt.asIntN(64, n ^ (1n << i));
  },
  test: { args: intCount },
});
