import { block } from "../block.js";
import { count, endpoints, graph, undirected, vertex } from "./_graph.js";

export default block({
  name: "bfs",
  aliases: ["breadthfirst"],
  sig: "(n: int, edges: [(int, int)], start: int) -> [int]",
  doc: "the vertices reachable from start in breadth-first order over an undirected graph, neighbours taken in ascending order; faults argument when n < 0 and index on start or an endpoint outside 0..n-1",
  examples: [
    { code: "bfs(5, [(0, 3), (0, 1), (1, 2), (3, 4)], 0)", result: "[0, 1, 3, 2, 4]" },
    { code: "bfs(3, [(0, 1)], 2)", result: "[2]" },
  ],
  oracle: (n: bigint, edges: bigint[][], start: bigint) => {
    const k = count(n);
    const adj = undirected(k, endpoints(k, edges));
    const s = vertex(k, start);
    const seen = new Set([s]), order = [s];
    for (let h = 0; h < order.length; h++) for (const w of adj[order[h]]) if (!seen.has(w)) { seen.add(w); order.push(w); }
    return order.map(BigInt);
  },
  test: { args: (gen) => graph(gen, { vertices: 1 }) },
});
