import { block } from "../block.js";

export default block({
  name: "locate",
  aliases: ["findindex"],
  sig: "(xs: [T], f: T => bool) -> int",
  types: { T: ["any"] },
  doc: "the index of the first element for which f is true, -1 when there is none; f is not called past it",
  examples: [
    { code: "[1, 4, 6].locate(_ % 2 == 0)", result: "1" },
    { code: "[\"a\", \"b\"].locate(_ == \"z\")", result: "-1" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => BigInt(xs.findIndex((x) => f(x))),
});
