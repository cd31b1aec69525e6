import { block, Fault } from "../block.js";

export default block({
  name: "find",
  aliases: ["detect"],
  sig: ["(xs: [T], f: T => bool) -> T", "(xs: [T], f: T => bool, d: T) -> T"],
  types: { T: ["any"] },
  doc: "the first element for which f is true, else d (without d, a fault: empty); f is not called past it",
  examples: [
    { code: "[1, 4, 6].find(_ % 2 == 0)", result: "4" },
    { code: "[\"ab\", \"c\", \"d\"].find(_ != \"ab\")", result: "c" },
    { code: "[1, 3].find(_ % 2 == 0, -1)", result: "-1" },
    { code: "[5, 8].find(_ > 6, 0)", result: "8" },
  ],
  // (xs, f, inst) or, with a default, (xs, f, d, inst): the instantiation comes last
  oracle: (...args: any[]) => {
    const [xs, f] = args as [any[], (x: any) => boolean];
    for (const x of xs) if (f(x)) return x;
    if (args.length === 4) return args[2];
    throw new Fault("empty");
  },
});
