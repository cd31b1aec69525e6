import { block, Fault } from "../block.js";
import { LIMIT, binom, guard } from "./_util.js";
import { arr, arrCount, extreme, sized, small } from "./_args.js";

export default block({
  name: "multicombos",
  aliases: ["combinations_with_replacement", "combinationswithreplacement", "multichoose", "multisets"],
  sig: "(xs: [T], k: int) -> [[T]]",
  types: { T: ["any"] },
  doc: "every choice of k elements where a position may be chosen again, as non-decreasing positions in lexicographic order (Python's itertools.combinations_with_replacement; equal values are not merged); [[]] when k = 0, [] when xs is empty and k > 0; faults argument when k < 0 and memory when the result would exceed 2^28 arrays plus elements",
  examples: [
    { code: "[1, 2, 3].multicombos(2)", result: "[[1, 1], [1, 2], [1, 3], [2, 2], [2, 3], [3, 3]]" },
    { code: "[\"a\", \"b\"].combinations_with_replacement(3)", result: "[[\"a\", \"a\", \"a\"], [\"a\", \"a\", \"b\"], [\"a\", \"b\", \"b\"], [\"b\", \"b\", \"b\"]]" },
  ],
  oracle: (xs: any[], k: bigint) => {
    if (k < 0n) throw new Fault("argument");
    const n = xs.length;
    if (n === 0) return k === 0n ? [[]] : [];
    if (k > LIMIT) throw new Fault("memory");
    guard(binom(BigInt(n) + k - 1n, k), k);
    const out: any[][] = [];
    const idx = Array<number>(Number(k)).fill(0);
    for (;;) {
      out.push(idx.map((i) => xs[i]));
      let j = idx.length - 1;
      while (j >= 0 && idx[j] === n - 1) j--;
      if (j < 0) return out;
      const v = idx[j] + 1;
      for (let t = j; t < idx.length; t++) idx[t] = v;
    }
  },
  test: {
    args: (gen, t) =>
      gen.fc.oneof(
        { weight: 6, arbitrary: arrCount(gen, t, 6, 2) },
        { weight: 2, arbitrary: gen.fc.tuple(arr(gen, t, 6), small(gen, -3, 7)) },
        { weight: 1, arbitrary: gen.fc.tuple(arr(gen, t, 6), extreme(gen)) },
        // C(n + k - 1, k) * (k + 1) > 2^28 for n, k >= 15: only the memory fault
        { weight: 1, arbitrary: gen.fc.tuple(sized(gen, t, 15, 30), small(gen, 15, 40)) },
      ),
  },
});
