import { block } from "../../blocks/block.js";
import components from "../../blocks/graphs/components.js";
import { graph } from "../../blocks/graphs/_graph.js";

export default block({
  name: "istree",
  aliases: ["tree", "isforest1", "spanningtree"],
  sig: "(n: int, edges: [(int, int)]) -> bool",
  doc: "whether the undirected graph on 0..n-1 is a tree: connected, with exactly n - 1 edges, so no cycle, self-loop or repeated edge; false for n = 0; faults argument when n < 0 and index on an endpoint outside 0..n-1",
  examples: [
    { code: "istree(3, [(0, 1), (1, 2)])", result: "true" },
    { code: "istree(3, [(0, 1), (1, 0)])", result: "false" },
  ],
  oracle: (n: bigint, edges: bigint[][]) => new Set(components.oracle(n, edges, {}) as bigint[]).size <= 1 && n >= 1n && BigInt(edges.length) === n - 1n,
  test: {
    args: (gen) => {
      const fc = gen.fc;
      // random trees (each vertex joined to an earlier one), sometimes with an edge more or less
      const tree = fc.integer({ min: 1, max: 12 }).chain((k: number) => fc.tuple(fc.constant(BigInt(k)), fc.array(fc.nat(1000), { minLength: k - 1, maxLength: k - 1 }).map((ps: number[]) => ps.map((p, i) => [BigInt(p % (i + 1)), BigInt(i + 1)]))));
      return fc.oneof(graph(gen), tree, tree.map(([n, es]: [bigint, bigint[][]]) => [n, es.slice(1)]), tree.map(([n, es]: [bigint, bigint[][]]) => [n, [...es, [0n, n - 1n]]]));
    },
  },
});
