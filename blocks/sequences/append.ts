import { block } from "../block.js";

export default block({
  name: "append",
  aliases: ["push"],
  sig: "(xs: [T], x: T) -> [T]",
  types: { T: ["any"] },
  doc: "a new array: the elements of xs followed by x",
  examples: [
    { code: "[1, 2].append(3)", result: "[1, 2, 3]" },
    { code: "[\"a\"].append(\"b\")", result: "[\"a\", \"b\"]" },
  ],
  oracle: (xs: any[], x: any) => [...xs, x],
});
