import { block, Fault } from "../block.js";
import { arr, idx } from "./_args.js";

export default block({
  name: "remove",
  aliases: ["delete"],
  sig: "(xs: [T], i: int) -> [T]",
  types: { T: ["any"] },
  doc: "a new array without the element at index i (a negative i counts from the end); faults index when there is no such element",
  examples: [
    { code: "[1, 2, 3].remove(1)", result: "[1, 3]" },
    { code: "[1, 2, 3].remove(-1)", result: "[1, 2]" },
  ],
  oracle: (xs: any[], i: bigint) => {
    const n = BigInt(xs.length), j = i < 0n ? i + n : i;
    if (j < 0n || j >= n) throw new Fault("index");
    return [...xs.slice(0, Number(j)), ...xs.slice(Number(j) + 1)];
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen).map((i: bigint) => BigInt.asIntN(64, i - 8n))) },
});
