import { block, Fault } from "../../blocks/block.js";
import { arrays, mean, toF } from "../../blocks/stats/numeric.js";

export default block({
  name: "mse",
  aliases: ["meansquarederror", "meansqerr", "msd"],
  sig: "(xs: [T], ys: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the mean squared error: the mean (as mean sums) of (x - y)² over paired elements, each difference taken in floats; faults (argument) when the lengths differ and (empty) on []",
  examples: [
    { code: "[1, 2, 3].mse([1, 2, 5])", result: "1.3333333333333335" },
  ],
  oracle: (xs: any[], ys: any[]) => {
    if (xs.length !== ys.length) throw new Fault("argument");
    if (!xs.length) throw new Fault("empty");
    return mean(xs.map((x, i) => (toF(x) - toF(ys[i])) * (toF(x) - toF(ys[i]))));
  },
  test: { args: (gen, t) => gen.fc.oneof(gen.fc.tuple(arrays(gen, t.T, 10), arrays(gen, t.T, 10)), arrays(gen, t.T, 10).chain((xs: any[]) => gen.fc.tuple(gen.fc.constant(xs), gen.fc.array(t.T === "int" ? gen.int : gen.float, { minLength: xs.length, maxLength: xs.length })))) },
});
