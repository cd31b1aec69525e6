import { block } from "../block.js";
import { count, endpoints, graph } from "./_graph.js";

export default block({
  name: "degree",
  aliases: ["degreelist", "vertexdegrees"],
  sig: "(n: int, edges: [(int, int)]) -> [int]",
  doc: "the degree of each vertex 0..n-1 of an undirected graph: how many edge ends it is (a self-loop counts twice); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "degree(3, [(0, 1), (0, 2)])", result: "[2, 1, 1]" },
    { code: "degree(2, [(1, 1)])", result: "[0, 2]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const d = Array<bigint>(k).fill(0n);
    for (const [u, v] of endpoints(k, edges)) { d[u]++; d[v]++; }
    return d;
  },
  test: { args: (gen) => graph(gen) },
});
