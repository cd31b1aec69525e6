import { block } from "../block.js";

export default block({
  name: "partition",
  sig: "(xs: [T], f: T => bool) -> ([T], [T])",
  types: { T: ["any"] },
  doc: "split into (the elements for which f is true, the others), each keeping its order; f is called once per element",
  examples: [
    { code: "[1, 2, 3, 4].partition(_ % 2 == 0)", result: "([2, 4], [1, 3])" },
    { code: "[\"a\", \"bb\"].partition(_ == \"z\")", result: "([], [\"a\", \"bb\"])" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    const yes: any[] = [], no: any[] = [];
    for (const x of xs) (f(x) ? yes : no).push(x);
    return [yes, no];
  },
});
