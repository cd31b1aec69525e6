import { block } from "../block.js";

export default block({
  name: "all",
  aliases: ["forall", "every"],
  sig: "(xs: [T], f: T => bool) -> bool",
  types: { T: ["any"] },
  doc: "true when f is true for every element, calling f left to right only until the first false; true for []",
  examples: [
    { code: "[2, 4].all(_ % 2 == 0)", result: "true" },
    { code: "[2.5, -1.0].all(_ > 0.0)", result: "false" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => xs.every((x) => f(x)),
});
