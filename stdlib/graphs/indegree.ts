import { block } from "../../blocks/block.js";
import { count, endpoints, graph } from "../../blocks/graphs/_graph.js";

export default block({
  name: "indegree",
  aliases: ["indegrees", "inbound", "incoming"],
  sig: "(n: int, edges: [(int, int)]) -> [int]",
  doc: "how many directed edges (u, v) arrive at each vertex 0..n-1 (a self-loop counts once; degree counts the ends of undirected edges); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "indegree(3, [(0, 1), (2, 1), (1, 0)])", result: "[1, 2, 0]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => { const k = count(n); const d = Array(k).fill(0n); for (const [, v] of endpoints(k, edges)) d[v]++; return d; },
  test: { args: (gen) => graph(gen) },
});
