import { block } from "../../blocks/block.js";
import { count, endpoints, graph, undirected, vertex } from "../../blocks/graphs/_graph.js";

export default block({
  name: "path",
  aliases: ["shortestroute", "bfspath", "route", "pathto"],
  sig: "(n: int, edges: [(int, int)], s: int, t: int) -> [int]",
  doc: "the vertices of a path from s to t with the fewest edges in an undirected graph, s first and t last ([s] when s = t), found breadth-first with neighbours in ascending order; [] when t cannot be reached; faults argument when n < 0 and index on s, t or an endpoint outside 0..n-1",
  examples: [
    { code: "path(4, [(0, 1), (1, 2), (0, 3), (3, 2)], 0, 2)", result: "[0, 1, 2]" },
    { code: "path(3, [(0, 1)], 0, 2)", result: "[]" },
  ],
  oracle: (n: bigint, edges: bigint[][], s: bigint, t: bigint) => {
    const k = count(n);
    const adj = undirected(k, endpoints(k, edges));
    const a = vertex(k, s), b = vertex(k, t);
    const prev = Array(k).fill(-1), seen = Array(k).fill(false), q = [a];
    seen[a] = true;
    for (let h = 0; h < q.length && !seen[b]; h++) for (const v of adj[q[h]]) if (!seen[v]) { seen[v] = true; prev[v] = q[h]; q.push(v); }
    if (!seen[b]) return [];
    const out = [b];
    while (out[out.length - 1] !== a) out.push(prev[out[out.length - 1]]);
    return out.reverse().map(BigInt);
  },
  test: { args: (gen) => graph(gen, { vertices: 2 }) },
});
