import { block } from "../block.js";

export default block({
  name: "none",
  sig: "(xs: [T], f: T => bool) -> bool",
  types: { T: ["any"] },
  doc: "true when f is true for no element (not any), calling f left to right only until the first true; true for []",
  examples: [
    { code: "[1, 3].none(_ % 2 == 0)", result: "true" },
    { code: "[1, 2].none(_ % 2 == 0)", result: "false" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => !xs.some((x) => f(x)),
});
