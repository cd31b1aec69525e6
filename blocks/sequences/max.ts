import { block, Fault } from "../block.js";
import { order } from "./_util.js";

export default block({
  name: "max",
  aliases: ["maximum", "greatest"],
  sig: ["(xs: [T]) -> T", "(a: T, b: T) -> T"],
  types: { T: ["int", "float", "str", "byte"] },
  doc: "the largest element of an array, faulting (empty) on [], or the larger of two values; the first of equal ones (a on ties); NaN counts as largest",
  examples: [
    { code: "[3, 1, 2].max", result: "3" },
    { code: "max(2.5, -1.0)", result: "2.5" },
    { code: "[\"pear\", \"fig\"].max", result: "pear" },
  ],
  oracle: (...args: any[]) => {
    if (args.length === 3) {
      const [a, b] = args;
      return order(a, b) < 0 ? b : a;
    }
    const xs: any[] = args[0];
    if (!xs.length) throw new Fault("empty");
    return xs.reduce((a, b) => (order(a, b) < 0 ? b : a));
  },
});
