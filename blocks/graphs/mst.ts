import { block } from "../block.js";
import { count, endpoints, graph } from "./_graph.js";

export default block({
  name: "mst",
  aliases: ["kruskal", "spanning"],
  sig: "(n: int, edges: [(int, int, int)]) -> int",
  doc: "the total weight of a minimum spanning forest of an undirected graph with weighted edges (u, v, w) on the vertices 0..n-1 (Kruskal; negative weights allowed, the total wraps at 64 bits); 0 without edges; faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "mst(4, [(0, 1, 4), (1, 2, 1), (0, 2, 2), (2, 3, 7)])", result: "10" },
    { code: "mst(4, [(0, 1, 3), (2, 3, -1)])", result: "2" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const es = endpoints(k, edges).sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    const parent = Array.from({ length: k }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    let total = 0n;
    for (const [u, v, w] of es) {
      const a = find(u), b = find(v);
      if (a !== b) { parent[a] = b; total += w; }
    }
    return BigInt.asIntN(64, total);
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const w = fc.oneof({ weight: 6, arbitrary: gen.small }, { weight: 1, arbitrary: gen.int });
      return graph(gen, { weight: w });
    },
  },
});
