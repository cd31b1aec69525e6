import { block, Fault } from "../block.js";
import { binom, guard, indexCombos } from "./_util.js";
import { arr, arrCount, extreme, sized, small } from "./_args.js";

export default block({
  name: "combinations",
  aliases: ["combos", "nchoosek", "ksubsets"],
  sig: "(xs: [T], k: int) -> [[T]]",
  types: { T: ["any"] },
  doc: "every choice of k elements as an array, keeping their order in xs, the choices in lexicographic order of positions (Python's itertools.combinations; equal values are not merged); [[]] when k = 0, [] when k exceeds the length; faults argument when k < 0 and memory when the result would exceed 2^28 arrays plus elements",
  examples: [
    { code: "[1, 2, 3, 4].combinations(2)", result: "[[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]" },
    { code: "[\"a\", \"b\", \"c\"].combinations(3)", result: "[[\"a\", \"b\", \"c\"]]" },
  ],
  oracle: (xs: any[], k: bigint) => {
    if (k < 0n) throw new Fault("argument");
    if (k > BigInt(xs.length)) return [];
    guard(binom(BigInt(xs.length), k), k);
    return indexCombos(xs.length, Number(k)).map((c) => c.map((i) => xs[i]));
  },
  test: {
    args: (gen, t) =>
      gen.fc.oneof(
        { weight: 6, arbitrary: arrCount(gen, t, 9) },
        { weight: 2, arbitrary: gen.fc.tuple(arr(gen, t, 9), small(gen, -3, 11)) },
        { weight: 1, arbitrary: gen.fc.tuple(arr(gen, t, 9), gen.fc.oneof(gen.int, extreme(gen))) },
        // C(n, k) * (k + 1) > 2^28 for every such pair: only the memory fault
        { weight: 1, arbitrary: sized(gen, t, 34, 40).chain((xs: any[]) => gen.fc.tuple(gen.fc.constant(xs), small(gen, 10, xs.length - 10))) },
      ),
  },
});
