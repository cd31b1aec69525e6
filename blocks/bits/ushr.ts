import { block, Fault } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "ushr",
  aliases: ["urshift", "zerofill", "logical_right_shift", "srl"],
  sig: "(n: int, k: int) -> int",
  doc: "the 64 bits of n shifted right by k, filling with zeros (logical, like JavaScript's >>>): 0 when k >= 64; faults (argument) when k < 0",
  examples: [
    { code: "ushr(48, 4)", result: "3" },
    { code: "ushr(-1, 60)", result: "15" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (k < 0n) throw new Fault("argument");
    return k >= 64n ? 0n : BigInt.asIntN(64, BigInt.asUintN(64, n) >> k);
  },
  test: { args: intCount },
});
