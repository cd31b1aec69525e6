import { block, Fault } from "../block.js";
import { coinArgs } from "./_seq.js";

export default block({
  name: "ways",
  aliases: ["coinways", "countchange"],
  sig: "(coins: [int], amount: int) -> int",
  doc: "the number of ways to make amount from the denominations in coins, each usable any number of times and order ignored (repeated denominations count once; wraps at 64 bits); 1 for amount 0, 0 for a negative amount; faults argument on a coin <= 0",
  examples: [
    { code: "ways([1, 2, 5], 5)", result: "4" },
    { code: "ways([2], 3)", result: "0" },
  ],
  oracle: (cs: bigint[], amount: bigint) => {
    if (cs.some((c) => c <= 0n)) throw new Fault("argument");
    if (amount < 0n) return 0n;
    const a = Number(amount);
    const dp = Array<bigint>(a + 1).fill(0n);
    dp[0] = 1n;
    for (const c of new Set(cs.filter((c) => c <= amount).map(Number))) for (let x = c; x <= a; x++) dp[x] += dp[x - c];
    return BigInt.asIntN(64, dp[a]);
  },
  test: { args: (gen) => coinArgs(gen, true) },
});
