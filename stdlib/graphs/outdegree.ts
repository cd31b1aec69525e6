import { block } from "../../blocks/block.js";
import { count, endpoints, graph } from "../../blocks/graphs/_graph.js";

export default block({
  name: "outdegree",
  aliases: ["outdegrees", "outbound", "outgoing"],
  sig: "(n: int, edges: [(int, int)]) -> [int]",
  doc: "how many directed edges (u, v) leave each vertex 0..n-1 (a self-loop counts once); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "outdegree(3, [(0, 1), (2, 1), (0, 2)])", result: "[2, 0, 1]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => { const k = count(n); const d = Array(k).fill(0n); for (const [u] of endpoints(k, edges)) d[u]++; return d; },
  test: { args: (gen) => graph(gen) },
});
