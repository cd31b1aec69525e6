import { block, Fault } from "../block.js";
import { arr, idx } from "./_args.js";

const norm = (i: bigint, n: number) => {
  const j = i < 0n ? i + BigInt(n) : i;
  if (j < 0n || j >= BigInt(n)) throw new Fault("index");
  return Number(j);
};

export default block({
  name: "swap",
  sig: "(xs: [T], i: int, j: int) -> [T]",
  types: { T: ["any"] },
  doc: "a new array equal to xs with the elements at indexes i and j exchanged (negative indexes count from the end); faults index when either is out of range",
  examples: [
    { code: "[1, 2, 3].swap(0, 2)", result: "[3, 2, 1]" },
    { code: "[\"a\", \"b\"].swap(0, -1)", result: "[\"b\", \"a\"]" },
  ],
  oracle: (xs: any[], i: bigint, j: bigint) => {
    const a = norm(i, xs.length), b = norm(j, xs.length), out = [...xs];
    [out[a], out[b]] = [out[b], out[a]];
    return out;
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t), idx(gen).map((i: bigint) => BigInt.asIntN(64, i - 8n)), idx(gen).map((i: bigint) => BigInt.asIntN(64, i - 8n))) },
});
