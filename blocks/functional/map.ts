import { block } from "../block.js";

export default block({
  name: "map",
  aliases: ["select", "transform"],
  sig: "(xs: [T], f: T => U) -> [U]",
  types: { T: ["any"], U: ["any"] },
  doc: "[f(x) for each element x]: f applied to every element, in order; [] when empty",
  examples: [
    { code: "[1, 2, 3].map(_ * 10)", result: "[10, 20, 30]" },
    { code: "\"a b\".words.map(_.upper)", result: "[\"A\", \"B\"]" },
  ],
  oracle: (xs: any[], f: (x: any) => any) => xs.map((x) => f(x)),
});
