import { block } from "../../blocks/block.js";
import { count, endpoints, graph } from "../../blocks/graphs/_graph.js";

export default block({
  name: "scc",
  aliases: ["sccs", "stronglyconnected", "kosaraju", "strongcomponents"],
  sig: "(n: int, edges: [(int, int)]) -> [int]",
  doc: "the strongly connected component of each vertex 0..n-1 of a directed graph (the vertices it can reach and be reached from), labelled by the smallest vertex in it (components does this for undirected graphs); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "scc(4, [(0, 1), (1, 0), (1, 2), (3, 3)])", result: "[0, 0, 2, 3]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const es = endpoints(k, edges);
    const reach = Array.from({ length: k }, (_, s) => {
      const seen = new Set([s]), q = [s];
      for (let h = 0; h < q.length; h++) for (const [u, v] of es) if (u === q[h] && !seen.has(v)) { seen.add(v); q.push(v); }
      return seen;
    });
    return Array.from({ length: k }, (_, v) => BigInt([...Array(k).keys()].find((u) => reach[u].has(v) && reach[v].has(u))!));
  },
  test: { args: (gen) => graph(gen, { dag: true }) },
});
