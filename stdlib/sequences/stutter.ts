import { block, Fault } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";

export default block({
  name: "stutter",
  aliases: ["repeateach", "repeatelements", "duplicateeach", "nprepeat"],
  sig: "(xs: [T], n: int) -> [T]",
  types: { T: ["any"] },
  doc: "each element repeated n times in place, [1, 2] → [1, 1, 2, 2] for n = 2 (NumPy's repeat; repeat copies the whole array instead); [] when n <= 0; faults memory above 2^28 copies of an element",
  examples: [
    { code: "[1, 2].stutter(2)", result: "[1, 1, 2, 2]" },
    { code: "[\"a\"].stutter(0)", result: "[]" },
  ],
  oracle: (xs: any[], n: bigint) => {
    if (xs.length && n > 1n << 28n) throw new Fault("memory");
    return xs.flatMap((x) => Array(n > 0n ? Number(n) : 0).fill(x));
  },
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t, 8), gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: -2n, max: 5n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-(2n ** 63n), 2n ** 28n + 1n) })) },
});
