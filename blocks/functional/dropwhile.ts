import { block } from "../block.js";

export default block({
  name: "dropwhile",
  sig: "(xs: [T], f: T => bool) -> [T]",
  types: { T: ["any"] },
  doc: "xs without its leading elements for which f is true: from the first element for which f is false to the end; [] when f never fails",
  examples: [
    { code: "[1, 2, 5, 1].dropwhile(_ < 3)", result: "[5, 1]" },
    { code: "[\"a\", \"b\"].dropwhile(_ == \"a\")", result: "[\"b\"]" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    let k = 0;
    while (k < xs.length && f(xs[k])) k++;
    return xs.slice(k);
  },
});
