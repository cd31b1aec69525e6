import { block } from "../block.js";
import { count, endpoints, graph, undirected } from "./_graph.js";

export default block({
  name: "bipartite",
  aliases: ["isbipartite", "twocolorable"],
  sig: "(n: int, edges: [(int, int)]) -> bool",
  doc: "whether the vertices 0..n-1 of an undirected graph split into two sides with every edge between the sides (false with a self-loop or an odd cycle; true with no edges); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "bipartite(4, [(0, 1), (1, 2), (2, 3), (3, 0)])", result: "true" },
    { code: "bipartite(3, [(0, 1), (1, 2), (2, 0)])", result: "false" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const adj = undirected(k, endpoints(k, edges));
    const side = Array<number>(k).fill(-1);
    for (let r = 0; r < k; r++) {
      if (side[r] >= 0) continue;
      side[r] = 0;
      const q = [r];
      for (let h = 0; h < q.length; h++) {
        for (const w of adj[q[h]]) {
          if (side[w] < 0) { side[w] = 1 - side[q[h]]; q.push(w); }
          else if (side[w] === side[q[h]]) return false;
        }
      }
    }
    return true;
  },
  test: { args: (gen) => graph(gen, { bipartite: true }) },
});
