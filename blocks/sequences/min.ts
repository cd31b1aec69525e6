import { block, Fault } from "../block.js";
import { order } from "./_util.js";

export default block({
  name: "min",
  aliases: ["minimum", "least"],
  sig: ["(xs: [T]) -> T", "(a: T, b: T) -> T"],
  types: { T: ["int", "float", "str", "byte"] },
  doc: "the smallest element of an array, faulting (empty) on [], or the smaller of two values; the first of equal ones (a on ties); NaN counts as largest",
  examples: [
    { code: "[3, 1, 2].min", result: "1" },
    { code: "min(4, 7)", result: "4" },
    { code: "[\"pear\", \"fig\"].min", result: "fig" },
  ],
  oracle: (...args: any[]) => {
    if (args.length === 3) {
      const [a, b] = args;
      return order(b, a) < 0 ? b : a;
    }
    const xs: any[] = args[0];
    if (!xs.length) throw new Fault("empty");
    return xs.reduce((a, b) => (order(b, a) < 0 ? b : a));
  },
});
