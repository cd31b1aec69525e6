import { block, Fault } from "../block.js";
import { intCount } from "./_args.js";

export default block({
  name: "bit",
  aliases: ["testbit", "getbit", "bittest"],
  sig: "(n: int, i: int) -> bool",
  doc: "whether bit i (0 = least significant) of n's 64-bit two's complement is 1; faults (index) unless 0 <= i <= 63",
  examples: [
    { code: "bit(5, 2)", result: "true" },
    { code: "bit(5, 1)", result: "false" },
  ],
  oracle: (n: bigint, i: bigint) => {
    if (i < 0n || i > 63n) throw new Fault("index");
    return ((n >> i) & 1n) === 1n;
  },
  test: { args: intCount },
});
