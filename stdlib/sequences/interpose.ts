import { block } from "../../blocks/block.js";
import { arrElem } from "../../blocks/sequences/_args.js";

export default block({
  name: "interpose",
  aliases: ["intersperse", "separate"],
  sig: "(xs: [T], x: T) -> [T]",
  types: { T: ["any"] },
  doc: "the elements with x placed between each two: 2n - 1 elements from n, [] from [] (join does this for strings)",
  examples: [
    { code: "[1, 2, 3].interpose(0)", result: "[1, 0, 2, 0, 3]" },
    { code: "[\"a\"].interpose(\"-\")", result: "[\"a\"]" },
  ],
  oracle: (xs: any[], x: any) => xs.flatMap((y, i) => (i ? [x, y] : [y])),
  test: { args: (gen, t) => arrElem(gen, t) },
});
