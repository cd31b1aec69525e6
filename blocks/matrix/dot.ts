import { block, Fault } from "../block.js";
import { arith, elem, vectors } from "./_shape.js";

export default block({
  name: "dot",
  aliases: ["inner", "vdot"],
  sig: "(a: [T], b: [T]) -> T",
  types: { T: ["int", "float"] },
  doc: "the dot product: sum of a[i] * b[i], left to right (ints wrap at 64 bits); 0 when empty; faults argument when the lengths differ",
  examples: [
    { code: "[1, 2, 3].dot([4, 5, 6])", result: "32" },
    { code: "[0.5, 2.0].dot([4.0, 0.25])", result: "2.5" },
  ],
  oracle: (a: any[], b: any[], t) => {
    if (a.length !== b.length) throw new Fault("argument");
    const { zero, add, mul } = arith(t);
    let acc = zero;
    for (let i = 0; i < a.length; i++) acc = add(acc, mul(a[i], b[i]));
    return acc;
  },
  test: { args: (gen, t) => vectors(gen, elem(gen, t)) },
});
