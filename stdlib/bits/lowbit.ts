import { block } from "../../blocks/block.js";

export default block({
  name: "lowbit",
  aliases: ["lsb", "lowestbit", "isolatelowbit", "blsi"],
  sig: "(n: int) -> int",
  doc: "the value of n's lowest 1 bit, n & -n (12 gives 4): the step of a Fenwick tree; 0 for 0, the smallest int for itself",
  examples: [
    { code: "lowbit(12)", result: "4" },
    { code: "lowbit(0)", result: "0" },
  ],
  oracle: (n: bigint) => BigInt.asIntN(64, n & -n),
});
