import { block } from "../block.js";

export default block({
  name: "zip",
  sig: ["(xs: [A], ys: [B]) -> [(A, B)]", "(xs: [A], ys: [B], zs: [C]) -> [(A, B, C)]"],
  types: { A: ["any"], B: ["any"], C: ["any"] },
  doc: "pairs of elements at the same index, (xs[0], ys[0]), (xs[1], ys[1]), ...; as long as the shorter array; with three arrays, triples (xs[i], ys[i], zs[i]) as long as the shortest",
  examples: [
    { code: "[1, 2, 3].zip([\"a\", \"b\"])", result: "[(1, \"a\"), (2, \"b\")]" },
    { code: "[1.5].zip([true])", result: "[(1.5, true)]" },
    { code: "[1, 2].zip([\"a\", \"b\", \"c\"], [true, false])", result: "[(1, \"a\", true), (2, \"b\", false)]" },
  ],
  oracle: (xs: any[], ys: any[], zs?: any) => Array.isArray(zs)
    ? xs.slice(0, Math.min(xs.length, ys.length, zs.length)).map((x, i) => [x, ys[i], zs[i]])
    : xs.slice(0, Math.min(xs.length, ys.length)).map((x, i) => [x, ys[i]]),
});
