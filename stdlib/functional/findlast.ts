import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "findlast",
  aliases: ["findLast", "lastwhere", "detectlast", "rfindif"],
  sig: "(xs: [T], f: T => bool) -> T",
  types: { T: ["any"] },
  doc: "the last element for which f is true, faulting (empty) when there is none; f is called from the end back, not past that element",
  examples: [
    { code: "[1, 4, 6, 7].findlast(_ % 2 == 0)", result: "6" },
    { code: "[\"ab\", \"c\"].findlast(_ != \"c\")", result: "ab" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i])) return xs[i];
    throw new Fault("empty");
  },
});
