import { block } from "../block.js";
import { count, endpoints, graph, undirected, vertex } from "./_graph.js";

export default block({
  name: "dfs",
  aliases: ["depthfirst"],
  sig: "(n: int, edges: [(int, int)], start: int) -> [int]",
  doc: "the vertices reachable from start in depth-first preorder over an undirected graph, neighbours taken in ascending order; faults argument when n < 0 and index on start or an endpoint outside 0..n-1",
  examples: [
    { code: "dfs(5, [(0, 3), (0, 1), (1, 2), (3, 4)], 0)", result: "[0, 1, 2, 3, 4]" },
    { code: "dfs(3, [(0, 1)], 2)", result: "[2]" },
  ],
  oracle: (n: bigint, edges: bigint[][], start: bigint) => {
    const k = count(n);
    const adj = undirected(k, endpoints(k, edges));
    const s = vertex(k, start);
    const seen = new Set<number>(), order: number[] = [];
    const visit = (v: number) => {
      seen.add(v); order.push(v);
      for (const w of adj[v]) if (!seen.has(w)) visit(w);
    };
    visit(s);
    return order.map(BigInt);
  },
  test: { args: (gen) => graph(gen, { vertices: 1 }) },
});
