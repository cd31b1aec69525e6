import { block, Fault } from "../block.js";
import { guard } from "./_util.js";
import { arr, arrCount, extreme, sized, small } from "./_args.js";

/** The k-permutations of indices 0..n-1 in lexicographic order. */
function indexPerms(n: number, k: number): number[][] {
  const out: number[][] = [];
  const used = Array<boolean>(n).fill(false);
  const cur: number[] = [];
  const walk = (): void => {
    if (cur.length === k) { out.push([...cur]); return; }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true; cur.push(i);
      walk();
      cur.pop(); used[i] = false;
    }
  };
  walk();
  return out;
}

export default block({
  name: "permutations",
  aliases: ["perms", "allperms", "arrangements", "orderings"],
  sig: ["(xs: [T]) -> [[T]]", "(xs: [T], k: int) -> [[T]]"],
  types: { T: ["any"] },
  doc: "every ordering of the elements (or, given k, of every k of them) as arrays, in lexicographic order of positions (Python's itertools.permutations; equal values are not merged, so [1, 1] gives two rows); [[]] for k = 0 or an empty array, [] when k exceeds the length; faults argument when k < 0 and memory when the result would exceed 2^28 arrays plus elements",
  examples: [
    { code: "[1, 2, 3].permutations", result: "[[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]" },
    { code: "[\"a\", \"b\", \"c\"].permutations(2)", result: "[[\"a\", \"b\"], [\"a\", \"c\"], [\"b\", \"a\"], [\"b\", \"c\"], [\"c\", \"a\"], [\"c\", \"b\"]]" },
  ],
  oracle: (xs: any[], ...rest: any[]) => {
    const k: bigint = rest.length > 1 ? rest[0] : BigInt(xs.length);
    if (k < 0n) throw new Fault("argument");
    const n = BigInt(xs.length);
    if (k > n) return [];
    let rows = 1n;
    for (let i = 0n; i < k; i++) rows *= n - i;
    guard(rows, k);
    return indexPerms(xs.length, Number(k)).map((p) => p.map((i) => xs[i]));
  },
  test: {
    args: (gen, t, overload) =>
      overload === 0
        ? gen.fc.oneof(
            { weight: 6, arbitrary: gen.fc.tuple(arr(gen, t, 7)) },
            // n! * (n + 1) > 2^28 from n = 11: only the memory fault
            { weight: 1, arbitrary: gen.fc.tuple(sized(gen, t, 11, 20)) },
          )
        : gen.fc.oneof(
            { weight: 6, arbitrary: arrCount(gen, t, 7) },
            { weight: 2, arbitrary: gen.fc.tuple(arr(gen, t, 7), small(gen, -3, 9)) },
            { weight: 1, arbitrary: gen.fc.tuple(arr(gen, t, 7), gen.fc.oneof(gen.int, extreme(gen))) },
            // P(n, k) * (k + 1) > 2^28 for n >= 20, k >= 8: only the memory fault
            { weight: 1, arbitrary: sized(gen, t, 20, 30).chain((xs: any[]) => gen.fc.tuple(gen.fc.constant(xs), small(gen, 8, xs.length))) },
          ),
  },
});
