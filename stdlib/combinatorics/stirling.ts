import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "stirling",
  aliases: ["stirling2", "stirlings2", "stirlingnumber"],
  sig: "(n: int, k: int) -> int",
  doc: "the Stirling number of the second kind S(n, k): how many ways n items split into exactly k non-empty groups (S(4, 2) = 7; sympy's stirling); 0 when k > n, S(0, 0) = 1; faults (argument) when n or k is negative or n > 25",
  examples: [
    { code: "stirling(4, 2)", result: "7" },
    { code: "stirling(5, 0)", result: "0" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (n < 0n || n > 25n || k < 0n) throw new Fault("argument");
    if (k > n) return 0n;
    const N = Number(n);
    const row = Array(N + 1).fill(0n);
    row[0] = 1n;
    for (let i = 1; i <= N; i++) { for (let c = i; c >= 1; c--) row[c] = BigInt(c) * row[c] + row[c - 1]; row[0] = 0n; }
    return row[Number(k)];
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.bigInt({ min: -1n, max: 27n }), gen.fc.bigInt({ min: -1n, max: 27n })) },
});
