import { block } from "../block.js";
import { count, endpoints, graph, undirected, vertex } from "./_graph.js";

export default block({
  name: "distances",
  aliases: ["hops"],
  sig: "(n: int, edges: [(int, int)], start: int) -> [int]",
  doc: "the fewest edges from start to each vertex 0..n-1 of an undirected graph, -1 where unreachable; faults argument when n < 0 and index on start or an endpoint outside 0..n-1",
  examples: [
    { code: "distances(4, [(0, 1), (1, 2)], 0)", result: "[0, 1, 2, -1]" },
    { code: "distances(3, [(0, 1), (1, 2), (2, 0)], 1)", result: "[1, 0, 1]" },
  ],
  oracle: (n: bigint, edges: bigint[][], start: bigint) => {
    const k = count(n);
    const adj = undirected(k, endpoints(k, edges));
    const s = vertex(k, start);
    const d = Array<bigint>(k).fill(-1n);
    d[s] = 0n;
    const q = [s];
    for (let h = 0; h < q.length; h++) for (const w of adj[q[h]]) if (d[w] < 0n) { d[w] = d[q[h]] + 1n; q.push(w); }
    return d;
  },
  test: { args: (gen) => graph(gen, { vertices: 1 }) },
});
