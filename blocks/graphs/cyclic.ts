import { block } from "../block.js";
import { count, directed, endpoints, graph } from "./_graph.js";

export default block({
  name: "cyclic",
  aliases: ["hascycle"],
  sig: "(n: int, edges: [(int, int)]) -> bool",
  doc: "whether a directed graph on the vertices 0..n-1 has a cycle (a self-loop counts); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "cyclic(3, [(0, 1), (1, 2), (2, 0)])", result: "true" },
    { code: "cyclic(3, [(0, 1), (0, 2), (1, 2)])", result: "false" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => {
    const k = count(n);
    const adj = directed(k, endpoints(k, edges));
    const state = Array<number>(k).fill(0); // 0 new, 1 on the path, 2 finished
    const onCycle = (v: number): boolean => {
      state[v] = 1;
      for (const w of adj[v]) if (state[w] === 1 || (state[w] === 0 && onCycle(w))) return true;
      state[v] = 2;
      return false;
    };
    for (let v = 0; v < k; v++) if (state[v] === 0 && onCycle(v)) return true;
    return false;
  },
  test: { args: (gen) => graph(gen, { dag: true }) },
});
