import { block } from "../block.js";

export default block({
  name: "prepend",
  aliases: ["unshift", "cons"],
  sig: "(xs: [T], x: T) -> [T]",
  types: { T: ["any"] },
  doc: "a new array: x followed by the elements of xs",
  examples: [
    { code: "[2, 3].prepend(1)", result: "[1, 2, 3]" },
    { code: "[\"b\"].prepend(\"a\")", result: "[\"a\", \"b\"]" },
  ],
  oracle: (xs: any[], x: any) => [x, ...xs],
});
