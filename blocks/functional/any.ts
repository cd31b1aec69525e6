import { block } from "../block.js";

export default block({
  name: "any",
  aliases: ["some"],
  sig: "(xs: [T], f: T => bool) -> bool",
  types: { T: ["any"] },
  doc: "true when f is true for at least one element, calling f left to right only until the first true; false for []",
  examples: [
    { code: "[1, 3, 4].any(_ % 2 == 0)", result: "true" },
    { code: "[\"a\", \"b\"].any(_ == \"z\")", result: "false" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => xs.some((x) => f(x)),
});
