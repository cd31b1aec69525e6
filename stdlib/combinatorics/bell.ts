import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "bell",
  aliases: ["bellnumber", "belln", "setpartitions"],
  sig: "(n: int) -> int",
  doc: "the n-th Bell number, how many ways a set of n items splits into non-empty groups (1, 1, 2, 5, 15, 52, …; sympy's bell); faults (argument) when n < 0 or n > 25 (bell(26) exceeds the int range)",
  examples: [
    { code: "range(6).map(bell)", result: "[1, 1, 2, 5, 15, 52]" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n || n > 25n) throw new Fault("argument");
    let row = [1n];
    for (let i = 0n; i < n; i++) { const next = [row[row.length - 1]]; for (const x of row) next.push(next[next.length - 1] + x); row = next; }
    return row[0];
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.bigInt({ min: -2n, max: 28n })) },
});
