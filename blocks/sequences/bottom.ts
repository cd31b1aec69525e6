import { block } from "../block.js";
import { clamp, sorted } from "./_util.js";
import { arr, idx } from "./_args.js";

export default block({
  name: "bottom",
  aliases: ["smallest", "nsmallest"],
  sig: "(xs: [T], k: int) -> [T]",
  types: { T: ["int", "float", "str"] },
  doc: "the k smallest elements in ascending order (the first k of sort(xs): stable, NaN last); all of them when k exceeds the length, none when k <= 0",
  examples: [
    { code: "[5, 1, 4, 2].bottom(2)", result: "[1, 2]" },
    { code: "[\"b\", \"c\", \"a\"].bottom(1)", result: "[\"a\"]" },
  ],
  oracle: (xs: any[], k: bigint) => sorted(xs).slice(0, clamp(k, xs.length)),
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen)) },
});
