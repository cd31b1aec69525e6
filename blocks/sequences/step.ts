import { block, Fault } from "../block.js";
import { idx, arr } from "./_args.js";

export default block({
  name: "step",
  aliases: ["stride", "nth"],
  sig: "(xs: [T], k: int) -> [T]",
  types: { T: ["any"] },
  doc: "every k-th element starting with the first (indexes 0, k, 2k, ...), like Python's xs[::k]; faults argument when k <= 0",
  examples: [
    { code: "[1, 2, 3, 4, 5].step(2)", result: "[1, 3, 5]" },
    { code: "[\"a\", \"b\", \"c\"].step(5)", result: "[\"a\"]" },
  ],
  oracle: (xs: any[], k: bigint) => {
    if (k <= 0n) throw new Fault("argument");
    return xs.filter((_, i) => BigInt(i) % k === 0n);
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen)) },
});
