import { block, Fault } from "../block.js";

export default block({
  name: "find",
  aliases: ["detect"],
  sig: "(xs: [T], f: T => bool) -> T",
  types: { T: ["any"] },
  doc: "the first element for which f is true, faulting (empty) when there is none; f is not called past it",
  examples: [
    { code: "[1, 4, 6].find(_ % 2 == 0)", result: "4" },
    { code: "[\"ab\", \"c\", \"d\"].find(_ != \"ab\")", result: "c" },
  ],
  oracle: (xs: any[], f: (x: any) => boolean) => {
    for (const x of xs) if (f(x)) return x;
    throw new Fault("empty");
  },
});
