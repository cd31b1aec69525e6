import { block } from "../block.js";

export default block({
  name: "zip",
  sig: "(xs: [A], ys: [B]) -> [(A, B)]",
  types: { A: ["any"], B: ["any"] },
  doc: "pairs of elements at the same index, (xs[0], ys[0]), (xs[1], ys[1]), ...; as long as the shorter array",
  examples: [
    { code: "[1, 2, 3].zip([\"a\", \"b\"])", result: "[(1, \"a\"), (2, \"b\")]" },
    { code: "[1.5].zip([true])", result: "[(1.5, true)]" },
  ],
  oracle: (xs: any[], ys: any[]) => xs.slice(0, Math.min(xs.length, ys.length)).map((x, i) => [x, ys[i]]),
});
