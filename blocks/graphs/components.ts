import { block } from "../block.js";
import { count, endpoints, graph } from "./_graph.js";

export default block({
  name: "components",
  sig: "(n: int, edges: [(int, int)]) -> [int]",
  doc: "the connected component of each vertex 0..n-1 of an undirected graph, labelled by the smallest vertex in it; faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "components(5, [(3, 1), (2, 4)])", result: "[0, 1, 2, 1, 2]" },
    { code: "components(3, [(2, 0), (1, 2)])", result: "[0, 0, 0]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const es = endpoints(k, edges);
    const label = Array.from({ length: k }, (_, i) => i);
    for (let changed = true; changed;) {
      changed = false;
      for (const [u, v] of es) {
        const m = Math.min(label[u], label[v]);
        if (label[u] !== m || label[v] !== m) { label[u] = label[v] = m; changed = true; }
      }
    }
    return label.map(BigInt);
  },
  test: { args: (gen) => graph(gen) },
});
