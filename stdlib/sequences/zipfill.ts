import { block } from "../../blocks/block.js";
import { arr, elem } from "../../blocks/sequences/_args.js";

export default block({
  name: "zipfill",
  aliases: ["ziplongest", "zip_longest", "zipall", "zippad"],
  sig: "(xs: [T], ys: [T], fill: T) -> [(T, T)]",
  types: { T: ["any"] },
  doc: "pairs of elements at the same index as long as the longer array, the shorter one padded with fill (Python's itertools.zip_longest with fillvalue); zip stops at the shorter",
  examples: [
    { code: "[1, 2, 3].zipfill([9], 0)", result: "[(1, 9), (2, 0), (3, 0)]" },
    { code: "[\"a\"].zipfill([], \"\")", result: "[(\"a\", \"\")]" },
  ],
  oracle: (xs: any[], ys: any[], fill: any) => Array.from({ length: Math.max(xs.length, ys.length) }, (_, i) => [i < xs.length ? xs[i] : fill, i < ys.length ? ys[i] : fill]),
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t, 12), arr(gen, t, 12), elem(gen, t.T)) },
});
