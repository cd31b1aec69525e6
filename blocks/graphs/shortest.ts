import { block, Fault } from "../block.js";
import { count, graph, vertex } from "./_graph.js";

const MAX = 2n ** 63n - 1n;

export default block({
  name: "shortest",
  aliases: ["dijkstra", "shortestpath", "sssp"],
  sig: "(n: int, edges: [(int, int, int)], start: int) -> [int]",
  doc: "the least total weight of a path from start to each vertex 0..n-1 along directed weighted edges (u, v, w), -1 where unreachable (Dijkstra); faults argument on a negative weight or n < 0, index on start or an endpoint outside 0..n-1, and overflow when a path weight passes the int range",
  examples: [
    { code: "shortest(4, [(0, 1, 5), (0, 2, 1), (2, 1, 2)], 0)", result: "[0, 3, 1, -1]" },
    { code: "shortest(2, [(0, 1, 7)], 1)", result: "[-1, 0]" },
  ],
  oracle: (n: bigint, edges: bigint[][], start: bigint) => {
    const k = count(n);
    const s = vertex(k, start);
    const es = edges.map((e) => {
      const u = vertex(k, e[0]), v = vertex(k, e[1]);
      if (e[2] < 0n) throw new Fault("argument");
      return [u, v, e[2]] as const;
    });
    // exact distances by Bellman-Ford over bigints, then the overflow the template meets relaxing them
    const d: (bigint | null)[] = Array(k).fill(null);
    d[s] = 0n;
    for (let changed = true; changed;) {
      changed = false;
      for (const [u, v, w] of es) {
        const du = d[u];
        if (du !== null && (d[v] === null || du + w < d[v]!)) { d[v] = du + w; changed = true; }
      }
    }
    for (const [u, , w] of es) if (d[u] !== null && d[u]! + w > MAX) throw new Fault("overflow");
    return d.map((x) => (x === null ? -1n : x));
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const w = fc.oneof(
        { weight: 300, arbitrary: gen.nat(20) },
        { weight: 2, arbitrary: fc.constantFrom(-1n, -7n, -(2n ** 63n)) },
        { weight: 3, arbitrary: fc.constantFrom(2n ** 62n, MAX, MAX - 1n) },
      );
      return graph(gen, { vertices: 1, weight: w, dag: true });
    },
  },
});
