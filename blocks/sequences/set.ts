import { block, Fault } from "../block.js";
import { arr, elem, idx } from "./_args.js";

export default block({
  name: "set",
  aliases: ["with"],
  sig: "(xs: [T], i: int, x: T) -> [T]",
  types: { T: ["any"] },
  doc: "a new array equal to xs but with x at index i (a negative i counts from the end); faults index when there is no such element",
  examples: [
    { code: "[1, 2, 3].set(0, 9)", result: "[9, 2, 3]" },
    { code: "[\"a\", \"b\"].set(-1, \"z\")", result: "[\"a\", \"z\"]" },
  ],
  oracle: (xs: any[], i: bigint, x: any) => {
    const n = BigInt(xs.length), j = i < 0n ? i + n : i;
    if (j < 0n || j >= n) throw new Fault("index");
    const out = [...xs];
    out[Number(j)] = x;
    return out;
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen).map((i: bigint) => BigInt.asIntN(64, i - 8n)), elem(gen, t.T)) },
});
