import { block, Fault } from "../../blocks/block.js";
import { count, endpoints, graph } from "../../blocks/graphs/_graph.js";

export default block({
  name: "floyd",
  aliases: ["floydwarshall", "allpairsshortest", "apsp", "distancematrix"],
  sig: "(n: int, edges: [(int, int, int)]) -> [[int]]",
  doc: "the least total weight of a path from each vertex to each other along directed weighted edges (u, v, w), as an n×n table with 0 on the diagonal and -1 where unreachable (Floyd–Warshall, O(n³)); faults argument on a negative weight or n < 0, index on an endpoint outside 0..n-1, and overflow when a path weight exceeds the int range",
  examples: [
    { code: "floyd(3, [(0, 1, 4), (1, 2, 1), (0, 2, 7)])", result: "[[0, 4, 5], [-1, 0, 1], [-1, -1, 0]]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const es = endpoints(k, edges);
    for (const e of es) if (e[2] < 0n) throw new Fault("argument");
    const d: (bigint | undefined)[][] = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (__, j) => (i === j ? 0n : undefined)));
    for (const [u, v, w] of es) if (d[u][v] === undefined || w < d[u][v]!) d[u][v] = w;
    for (let m = 0; m < k; m++) for (let i = 0; i < k; i++) {
      if (d[i][m] === undefined) continue;
      for (let j = 0; j < k; j++) {
        if (d[m][j] === undefined) continue;
        const c = d[i][m]! + d[m][j]!;
        if (c >= 2n ** 63n) throw new Fault("overflow");
        if (d[i][j] === undefined || c < d[i][j]!) d[i][j] = c;
      }
    }
    return d.map((r) => r.map((x) => x ?? -1n));
  },
  test: { args: (gen) => graph(gen, { weight: gen.fc.oneof({ weight: 20, arbitrary: gen.fc.bigInt({ min: 0n, max: 50n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-1n, 2n ** 62n, 2n ** 63n - 1n) }) }) },
});
