import { block } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";

export default block({
  name: "allpairs",
  aliases: ["pairsall", "unorderedpairs", "choose2", "handshakes"],
  sig: "(xs: [T]) -> [(T, T)]",
  types: { T: ["any"] },
  doc: "every pair (xs[i], xs[j]) with i < j, in order of i then j: n(n - 1)/2 pairs, [] with fewer than two elements (pairs gives only neighbours; equal values are not merged)",
  examples: [
    { code: "[1, 2, 3].allpairs", result: "[(1, 2), (1, 3), (2, 3)]" },
    { code: "[\"a\"].allpairs", result: "[]" },
  ],
  oracle: (xs: any[]) => xs.flatMap((x, i) => xs.slice(i + 1).map((y) => [x, y])),
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t, 12)) },
});
