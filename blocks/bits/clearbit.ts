import { block, Fault } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "clearbit",
  aliases: ["bitclear", "clear_bit", "resetbit"],
  sig: "(n: int, i: int) -> int",
  doc: "n with bit i (0 = least significant) set to 0; faults (index) unless 0 <= i <= 63",
  examples: [
    { code: "clearbit(7, 1)", result: "5" },
    { code: "clearbit(-1, 0)", result: "-2" },
  ],
  oracle: (n: bigint, i: bigint) => {
    if (i < 0n || i > 63n) throw new Fault("index");
    return BigInt.asIntN(64, n & ~(1n << i));
  },
  test: { args: intCount },
});
