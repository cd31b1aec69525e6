import { block, Fault } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "shr",
  aliases: ["rshift", "right_shift", "sar", "shiftright"],
  sig: "(n: int, k: int) -> int",
  doc: "n shifted right by k bits keeping the sign (arithmetic), i.e. floor(n / 2^k): 0 or -1 when k >= 64; faults (argument) when k < 0",
  examples: [
    { code: "shr(48, 4)", result: "3" },
    { code: "shr(-7, 1)", result: "-4" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (k < 0n) throw new Fault("argument");
    return n >> (k > 64n ? 64n : k);
  },
  test: { args: intCount },
});
