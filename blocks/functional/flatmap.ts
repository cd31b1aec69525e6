import { block } from "../block.js";

export default block({
  name: "flatmap",
  aliases: ["concatmap", "selectmany"],
  sig: "(xs: [T], f: T => [U]) -> [U]",
  types: { T: ["any"], U: ["any"] },
  doc: "apply f to every element and concatenate the arrays it returns, in order; [] when xs is empty or every f(x) is",
  examples: [
    { code: "[1, 2].flatmap(x => [x, x * 10])", result: "[1, 10, 2, 20]" },
    { code: "[\"a b\", \"c\"].flatmap(_.words)", result: "[\"a\", \"b\", \"c\"]" },
  ],
  oracle: (xs: any[], f: (x: any) => any[]) => xs.flatMap((x) => f(x)),
});
