import { block } from "../block.js";
import { clamp, order } from "./_util.js";
import { arr, idx } from "./_args.js";

export default block({
  name: "top",
  aliases: ["largest", "nlargest"],
  sig: "(xs: [T], k: int) -> [T]",
  types: { T: ["int", "float", "str"] },
  doc: "the k largest elements in descending order (equal ones in their input order; NaN counts as largest); all of them when k exceeds the length, none when k <= 0",
  examples: [
    { code: "[5, 1, 4, 2].top(2)", result: "[5, 4]" },
    { code: "[\"b\", \"c\", \"a\"].top(1)", result: "[\"c\"]" },
  ],
  oracle: (xs: any[], k: bigint) => [...xs].sort((a, b) => order(b, a)).slice(0, clamp(k, xs.length)),
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen)) },
});
