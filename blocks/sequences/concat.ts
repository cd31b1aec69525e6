import { block } from "../block.js";

export default block({
  name: "concat",
  aliases: ["extend"],
  sig: "(xs: [T], ys: [T]) -> [T]",
  types: { T: ["any"] },
  doc: "the elements of xs followed by the elements of ys",
  examples: [
    { code: "[1, 2].concat([3])", result: "[1, 2, 3]" },
    { code: "[\"a\"].concat([\"b\", \"c\"])", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (xs: any[], ys: any[]) => [...xs, ...ys],
});
