import { block } from "../../blocks/block.js";

export default block({
  name: "span",
  aliases: ["splitwhile", "breakat", "spanwhile"],
  sig: "(xs: [T], f: T => bool) -> ([T], [T])",
  types: { T: ["any"] },
  doc: "the leading elements for which f is true and the rest, as the pair (takewhile, dropwhile) made in one pass (Haskell's span); ([], xs) when f fails at once, (xs, []) when it never does",
  examples: [
    { code: "[1, 2, 5, 1].span(_ < 3)", result: "([1, 2], [5, 1])" },
    { code: "[\"b\"].span(_ == \"a\")", result: "([], [\"b\"])" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    let k = 0;
    while (k < xs.length && f(xs[k])) k++;
    return [xs.slice(0, k), xs.slice(k)];
  },
});
