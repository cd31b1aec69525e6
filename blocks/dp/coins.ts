import { block, Fault } from "../block.js";
import { coinArgs } from "./_seq.js";

export default block({
  name: "coins",
  aliases: ["coinchange", "mincoins"],
  sig: "(coins: [int], amount: int) -> int",
  doc: "the fewest coins summing to amount, each denomination usable any number of times; 0 for amount 0, -1 when impossible (a negative amount included); faults argument on a coin <= 0",
  examples: [
    { code: "coins([1, 2, 5], 11)", result: "3" },
    { code: "coins([2], 3)", result: "-1" },
  ],
  oracle: (cs: bigint[], amount: bigint) => {
    if (cs.some((c) => c <= 0n)) throw new Fault("argument");
    if (amount < 0n) return -1n;
    const a = Number(amount);
    const dp = Array<number>(a + 1).fill(Infinity);
    dp[0] = 0;
    for (let x = 1; x <= a; x++) for (const c of cs) if (c <= BigInt(x)) dp[x] = Math.min(dp[x], dp[x - Number(c)] + 1);
    return dp[a] === Infinity ? -1n : BigInt(dp[a]);
  },
  test: { args: (gen) => coinArgs(gen) },
});
