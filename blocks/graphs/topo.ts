import { block, Fault } from "../block.js";
import { count, directed, endpoints, graph } from "./_graph.js";

export default block({
  name: "topo",
  aliases: ["toposort", "topological"],
  sig: "(n: int, edges: [(int, int)]) -> [int]",
  doc: "a topological order of the vertices 0..n-1 of a directed graph (each edge (u, v) puts u before v), taking the smallest available vertex first; faults argument when there is a cycle (a self-loop included) or n < 0, and index on an endpoint outside 0..n-1",
  examples: [
    { code: "topo(4, [(2, 1), (3, 0), (1, 0)])", result: "[2, 1, 3, 0]" },
    { code: "topo(3, [(2, 0)])", result: "[1, 2, 0]" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const adj = directed(k, endpoints(k, edges));
    const indeg = Array<number>(k).fill(0);
    for (const l of adj) for (const v of l) indeg[v]++;
    const ready = new Set<number>();
    for (let v = 0; v < k; v++) if (indeg[v] === 0) ready.add(v);
    const order: bigint[] = [];
    while (ready.size) {
      const u = Math.min(...ready);
      ready.delete(u);
      order.push(BigInt(u));
      for (const v of adj[u]) if (--indeg[v] === 0) ready.add(v);
    }
    if (order.length < k) throw new Fault("argument");
    return order;
  },
  test: { args: (gen) => graph(gen, { dag: true }) },
});
