import { block, Fault } from "../block.js";
import { arr, elem, idx } from "./_args.js";

export default block({
  name: "insert",
  sig: "(xs: [T], i: int, x: T) -> [T]",
  types: { T: ["any"] },
  doc: "a new array with x placed before index i (i = len appends; a negative i counts from the end, as in Python); faults index when i is outside -len..len",
  examples: [
    { code: "[1, 3].insert(1, 2)", result: "[1, 2, 3]" },
    { code: "[1, 2].insert(2, 3)", result: "[1, 2, 3]" },
    { code: "[1, 3].insert(-1, 2)", result: "[1, 2, 3]" },
  ],
  oracle: (xs: any[], i: bigint, x: any) => {
    const n = BigInt(xs.length), j = i < 0n ? i + n : i;
    if (j < 0n || j > n) throw new Fault("index");
    return [...xs.slice(0, Number(j)), x, ...xs.slice(Number(j))];
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen).map((i: bigint) => BigInt.asIntN(64, i - 8n)), elem(gen, t.T)) },
});
