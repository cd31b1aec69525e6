import { block } from "../../blocks/block.js";

export default block({
  name: "lastlocate",
  aliases: ["findlastindex", "lastindexwhere", "rlocate", "lastwhereindex"],
  sig: "(xs: [T], f: T => bool) -> int",
  types: { T: ["any"] },
  doc: "the index of the last element for which f is true, -1 when there is none; f is called from the end back, not past that element",
  examples: [
    { code: "[1, 4, 6, 7].lastlocate(_ % 2 == 0)", result: "2" },
    { code: "[\"a\"].lastlocate(_ == \"z\")", result: "-1" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i])) return BigInt(i);
    return -1n;
  },
});
