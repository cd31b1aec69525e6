import { block } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";
import { text } from "../../blocks/strings/text.js";

const pieces = (a: any[]) => a.flatMap((_, i) => a.slice(i).map((__, k) => a.slice(i, i + k + 1)));

export default block({
  name: "substrings",
  aliases: ["subarrays", "contiguous", "allslices", "subwords"],
  sig: ["(s: str) -> [str]", "(xs: [T]) -> [[T]]"],
  types: { T: ["any"] },
  doc: "every non-empty run of consecutive code points (or elements): s[i:j] for each i, then each j > i, so n(n + 1)/2 of them with repeats kept; [] for \"\" and []",
  examples: [
    { code: "\"abc\".substrings", result: "[\"a\", \"ab\", \"abc\", \"b\", \"bc\", \"c\"]" },
    { code: "[1, 2].substrings", result: "[[1], [1, 2], [2]]" },
  ],
  oracle: (x: any) => (typeof x === "string" ? pieces(Array.from(x)).map((p) => p.join("")) : pieces(x)),
  test: { args: (gen, t, k) => gen.fc.tuple(k === 0 ? text(gen, 6) : arr(gen, t, 8)) },
});
