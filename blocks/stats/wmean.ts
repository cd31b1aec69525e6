import { block, Fault } from "../block.js";
import { elem, nsumOf, toF } from "./numeric.js";

export default block({
  name: "wmean",
  aliases: ["weighted_mean", "weighted_average"],
  sig: "(xs: [T], ws: [U]) -> float",
  types: { T: ["int", "float"], U: ["int", "float"] },
  doc: "the weighted mean sum(w x) / sum(w) of elements xs with weights ws (compensated sums); faults (argument) if the lengths differ, (empty) on empty input, (divzero) if the weights sum to 0",
  examples: [
    { code: "[1, 2, 3].wmean([3, 1, 1])", result: "1.6" },
    { code: "[2.0, 4.0].wmean([0.25, 0.75])", result: "3.5" },
  ],
  oracle: (xs: (bigint | number)[], ws: (bigint | number)[]) => {
    const n = xs.length;
    if (ws.length !== n) throw new Fault("argument");
    if (n === 0) throw new Fault("empty");
    const sw = nsumOf(n, (i) => toF(ws[i]));
    if (sw === 0) throw new Fault("divzero");
    return nsumOf(n, (i) => toF(ws[i]) * toF(xs[i])) / sw;
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc, x = elem(gen, t.T);
      const w = fc.oneof(elem(gen, t.U), t.U === "int" ? gen.nat(10) : fc.double({ min: 0, max: 10, noNaN: true }));
      const split = (ps: [any, any][]) => [ps.map((p) => p[0]), ps.map((p) => p[1])];
      return fc.oneof({ weight: 5, arbitrary: gen.array(fc.tuple(x, w)).map(split) }, { weight: 1, arbitrary: fc.tuple(gen.array(x), gen.array(w)) });
    },
  },
});
