import { block, Fault } from "../block.js";
import { arr, idx } from "./_args.js";

export default block({
  name: "chunk",
  aliases: ["chunks", "batched", "batch"],
  sig: "(xs: [T], k: int) -> [[T]]",
  types: { T: ["any"] },
  doc: "consecutive pieces of k elements, the last one shorter when k does not divide the length; empty when xs is; faults argument when k <= 0",
  examples: [
    { code: "[1, 2, 3, 4, 5].chunk(2)", result: "[[1, 2], [3, 4], [5]]" },
    { code: "[\"a\", \"b\"].chunk(3)", result: "[[\"a\", \"b\"]]" },
  ],
  oracle: (xs: any[], k: bigint) => {
    if (k <= 0n) throw new Fault("argument");
    const out: any[][] = [];
    for (let i = 0; i < xs.length; i += Number(k)) out.push(xs.slice(i, i + Number(k)));
    return out;
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen)) },
});
