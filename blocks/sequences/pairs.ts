import { block } from "../block.js";

export default block({
  name: "pairs",
  aliases: ["pairwise", "adjacent"],
  sig: "(xs: [T]) -> [(T, T)]",
  types: { T: ["any"] },
  doc: "each element paired with the next one, (xs[0], xs[1]), (xs[1], xs[2]), ...; empty when there are fewer than two",
  examples: [
    { code: "[1, 2, 3].pairs", result: "[(1, 2), (2, 3)]" },
    { code: "[\"a\", \"b\"].pairs", result: "[(\"a\", \"b\")]" },
  ],
  oracle: (xs: any[]) => xs.slice(1).map((x, i) => [xs[i], x]),
});
