import { block } from "../block.js";

export default block({
  name: "enumerate",
  aliases: ["indexed", "withindex"],
  sig: "(xs: [T]) -> [(int, T)]",
  types: { T: ["any"] },
  doc: "each element paired with its index, counting from 0: [(0, xs[0]), (1, xs[1]), …]; [] when empty",
  examples: [
    { code: "[\"a\", \"b\"].enumerate", result: "[(0, \"a\"), (1, \"b\")]" },
    { code: "[2.5].enumerate", result: "[(0, 2.5)]" },
  ],
  oracle: (xs: any[]) => xs.map((x, i) => [BigInt(i), x]),
});
