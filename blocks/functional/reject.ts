import { block } from "../block.js";

export default block({
  name: "reject",
  aliases: ["filterfalse"],
  sig: "(xs: [T], f: T => bool) -> [T]",
  types: { T: ["any"] },
  doc: "the elements for which f is false, in their order (the opposite of filter); [] when none",
  examples: [{ code: "[1, 2, 3, 4].reject(_ % 2 == 0)", result: "[1, 3]" }],
  oracle: (xs: any[], f: (x: any) => boolean) => xs.filter((x) => !f(x)),
});
