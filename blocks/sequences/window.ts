import { block, Fault } from "../block.js";
import { arr, idx } from "./_args.js";

export default block({
  name: "window",
  aliases: ["windows", "sliding", "windowed"],
  sig: "(xs: [T], k: int) -> [[T]]",
  types: { T: ["any"] },
  doc: "every run of k consecutive elements, in order (len - k + 1 of them); empty when k exceeds the length; faults argument when k <= 0",
  examples: [
    { code: "[1, 2, 3, 4].window(2)", result: "[[1, 2], [2, 3], [3, 4]]" },
    { code: "[\"a\", \"b\", \"c\"].window(3)", result: "[[\"a\", \"b\", \"c\"]]" },
  ],
  oracle: (xs: any[], k: bigint) => {
    if (k <= 0n) throw new Fault("argument");
    const out: any[][] = [];
    for (let i = 0; i + Number(k) <= xs.length; i++) out.push(xs.slice(i, i + Number(k)));
    return out;
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen)) },
});
