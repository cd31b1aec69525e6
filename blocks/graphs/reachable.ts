import { block } from "../block.js";
import { count, endpoints, graph, vertex } from "./_graph.js";

export default block({
  name: "reachable",
  aliases: ["haspath"],
  sig: "(n: int, edges: [(int, int)], s: int, t: int) -> bool",
  doc: "whether vertex t can be reached from vertex s along the edges of an undirected graph (always true when s = t); faults argument when n < 0 and index on s, t or an endpoint outside 0..n-1",
  examples: [
    { code: "reachable(4, [(0, 1), (1, 2)], 0, 2)", result: "true" },
    { code: "reachable(4, [(0, 1), (1, 2)], 0, 3)", result: "false" },
  ],
  oracle: (n: bigint, edges: bigint[][], s: bigint, t: bigint) => {
    const k = count(n);
    const es = endpoints(k, edges);
    const a = vertex(k, s), b = vertex(k, t);
    const seen = new Set([a]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [u, v] of es) {
        if (seen.has(u) !== seen.has(v)) { seen.add(u); seen.add(v); grew = true; }
      }
    }
    return seen.has(b);
  },
  test: { args: (gen) => graph(gen, { vertices: 2 }) },
});
