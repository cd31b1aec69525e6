import { block } from "../block.js";
import { count, endpoints, graph, undirected } from "./_graph.js";

export default block({
  name: "adjacency",
  aliases: ["adjlist"],
  sig: "(n: int, edges: [(int, int)]) -> [[int]]",
  doc: "the neighbour list of each vertex 0..n-1 of an undirected graph, ascending, one entry per edge (a self-loop once, parallel edges repeat); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "adjacency(3, [(0, 1), (2, 0)])", result: "[[1, 2], [0], [0]]" },
    { code: "adjacency(2, [(1, 1)])", result: "[[], [1]]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    return undirected(k, endpoints(k, edges)).map((l) => l.map(BigInt));
  },
  test: { args: (gen) => graph(gen) },
});
