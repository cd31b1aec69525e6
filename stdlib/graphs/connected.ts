import { block } from "../../blocks/block.js";
import components from "../../blocks/graphs/components.js";
import { graph } from "../../blocks/graphs/_graph.js";

export default block({
  name: "connected",
  aliases: ["isconnected", "connectedgraph", "onecomponent"],
  sig: "(n: int, edges: [(int, int)]) -> bool",
  doc: "whether every vertex 0..n-1 of an undirected graph can be reached from every other (one component; true for n of 0 or 1); faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "connected(3, [(0, 1), (1, 2)])", result: "true" },
    { code: "connected(3, [(0, 1)])", result: "false" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => new Set(components.oracle(n, edges, {}) as bigint[]).size <= 1,
  test: { args: (gen) => graph(gen) },
});
