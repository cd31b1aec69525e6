import { block, Fault } from "../block.js";
import { LIMIT, indexCombos } from "./_util.js";
import { arr, sized } from "./_args.js";

export default block({
  name: "subsets",
  aliases: ["powerset", "power_set", "allsubsets"],
  sig: "(xs: [T]) -> [[T]]",
  types: { T: ["any"] },
  doc: "all 2^n sub-arrays (elements kept in their order; equal values are not merged), by size and then in lexicographic order of positions: combinations(xs, 0), combinations(xs, 1), ..., like the itertools powerset recipe; [[]] when empty; faults memory when the result would exceed 2^28 arrays plus elements (from 25 elements)",
  examples: [
    { code: "[1, 2, 3].subsets", result: "[[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]" },
    { code: "[\"x\", \"y\"].powerset", result: "[[], [\"x\"], [\"y\"], [\"x\", \"y\"]]" },
  ],
  oracle: (xs: any[]) => {
    const n = BigInt(xs.length);
    // 2^n arrays holding n 2^(n-1) elements
    if ((1n << n) + n * (1n << n) / 2n > LIMIT) throw new Fault("memory");
    const out: any[][] = [];
    for (let k = 0; k <= xs.length; k++) for (const c of indexCombos(xs.length, k)) out.push(c.map((i) => xs[i]));
    return out;
  },
  test: {
    args: (gen, t) =>
      gen.fc.oneof(
        { weight: 6, arbitrary: gen.fc.tuple(arr(gen, t, 10)) },
        // 25 elements and more: only the memory fault
        { weight: 1, arbitrary: gen.fc.tuple(sized(gen, t, 25, 40)) },
      ),
  },
});
