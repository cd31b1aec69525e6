import { block } from "../block.js";

export default block({
  name: "filter",
  aliases: ["keep", "where"],
  sig: "(xs: [T], f: T => bool) -> [T]",
  types: { T: ["any"] },
  doc: "the elements for which f is true, in their order; f is called once per element; [] when none",
  examples: [
    { code: "[1, 2, 3, 4].filter(_ % 2 == 0)", result: "[2, 4]" },
    { code: "[\"a\", \"bb\", \"c\"].filter(_ != \"c\")", result: "[\"a\", \"bb\"]" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => xs.filter((x) => f(x)),
});
