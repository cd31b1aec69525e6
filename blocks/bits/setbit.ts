import { block, Fault } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "setbit",
  aliases: ["bitset", "set_bit"],
  sig: "(n: int, i: int) -> int",
  doc: "n with bit i (0 = least significant) set to 1; faults (index) unless 0 <= i <= 63",
  examples: [
    { code: "setbit(5, 1)", result: "7" },
    { code: "setbit(0, 63)", result: "-9223372036854775808" },
  ],
  oracle: (n: bigint, i: bigint) => {
    if (i < 0n || i > 63n) throw new Fault("index");
    return BigInt.asIntN(64, n | (1n << i));
  },
  test: { args: intCount },
});
