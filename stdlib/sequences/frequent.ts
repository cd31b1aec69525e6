import { block } from "../../blocks/block.js";
import { idx } from "../../blocks/sequences/_args.js";
import { dupArr, tally } from "./_gen.js";

const ranked = (xs: any[]) => tally(xs).map((p, i) => [p, i] as const).sort((a, b) => Number(b[0][1] - a[0][1]) || a[1] - b[1]).map((x) => x[0]);

export default block({
  name: "frequent",
  aliases: ["mostcommon", "most_common", "topcounts", "commonest"],
  sig: ["(xs: [T], k: int) -> [(T, int)]", "(xs: [T]) -> [(T, int)]"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the k most frequent elements with their counts, most frequent first, ties in order of first appearance (Python's Counter(xs).most_common(k)); all of them without k; [] when k <= 0",
  examples: [
    { code: "[\"a\", \"b\", \"b\", \"c\", \"c\"].frequent(2)", result: "[(\"b\", 2), (\"c\", 2)]" },
    { code: "[1, 2, 2].frequent", result: "[(2, 2), (1, 1)]" },
  ],
  oracle: (xs: any[], k: any) => {
    const r = ranked(xs);
    return typeof k === "bigint" ? (k <= 0n ? [] : r.slice(0, k > BigInt(r.length) ? r.length : Number(k))) : r;
  },
  test: { args: (gen, t, o) => (o === 0 ? gen.fc.tuple(dupArr(gen, t), idx(gen)) : gen.fc.tuple(dupArr(gen, t))) },
});
