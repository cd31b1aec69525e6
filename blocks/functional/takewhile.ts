import { block } from "../block.js";

export default block({
  name: "takewhile",
  sig: "(xs: [T], f: T => bool) -> [T]",
  types: { T: ["any"] },
  doc: "the leading elements for which f is true, up to (not including) the first for which it is false; all of xs when f never fails",
  examples: [
    { code: "[1, 2, 5, 1].takewhile(_ < 3)", result: "[1, 2]" },
    { code: "[\"a\", \"b\"].takewhile(_ == \"a\")", result: "[\"a\"]" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    let k = 0;
    while (k < xs.length && f(xs[k])) k++;
    return xs.slice(0, k);
  },
});
