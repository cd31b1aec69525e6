import { block, Fault } from "../block.js";

export default block({
  name: "knapsack",
  sig: "(weights: [int], values: [int], capacity: int) -> int",
  doc: "the best total value of items, each taken at most once, whose weights sum to at most capacity (0/1 knapsack, O(n * min(capacity, total weight))); 0 when nothing fits; faults argument when the lists differ in length, a weight is negative or capacity is negative",
  examples: [
    { code: "knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7)", result: "9" },
    { code: "knapsack([5, 6], [10, 20], 4)", result: "0" },
  ],
  oracle: (ws: bigint[], vs: bigint[], cap: bigint) => {
    if (ws.length !== vs.length || ws.some((w) => w < 0n) || cap < 0n) throw new Fault("argument");
    const total = ws.reduce((a, b) => a + b, 0n);
    const limit = total < cap ? total : cap;
    if (limit > 0x08000000n) throw new Fault("memory"); // the table would not fit
    const c = Number(limit);
    const dp = Array<bigint>(c + 1).fill(0n);
    ws.forEach((w, i) => {
      const v = vs[i];
      if (v <= 0n || w > BigInt(c)) return;
      for (let x = c; x >= Number(w); x--) {
        const s = BigInt.asIntN(64, dp[x - Number(w)] + v);
        if (s > dp[x]) dp[x] = s;
      }
    });
    return dp[c];
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const w = fc.oneof({ weight: 60, arbitrary: gen.nat(60) }, { weight: 1, arbitrary: fc.constantFrom(-1n, 2n ** 62n, 2n ** 63n - 1n) });
      const v = fc.oneof({ weight: 20, arbitrary: gen.nat(100) }, { weight: 2, arbitrary: gen.small }, { weight: 1, arbitrary: gen.int });
      const cap = fc.oneof({ weight: 20, arbitrary: gen.nat(500) }, { weight: 1, arbitrary: fc.constantFrom(-1n, 2n ** 63n - 1n, 0n) });
      const items = fc.array(fc.tuple(w, v), { maxLength: 16 }).map((its: bigint[][]) => [its.map((x) => x[0]), its.map((x) => x[1])]);
      return fc.oneof(
        { weight: 12, arbitrary: fc.tuple(items, cap).map(([[ws, vs], c]: any) => [ws, vs, c]) },
        { weight: 1, arbitrary: fc.tuple(gen.array(gen.nat(20), 5), gen.array(gen.nat(20), 5), cap) },
      );
    },
  },
});
