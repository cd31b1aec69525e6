import { block, Fault } from "../block.js";
import { arrays, nsum, toF } from "./numeric.js";

export default block({
  name: "gmean",
  aliases: ["geomean", "geometric_mean"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the geometric mean exp(mean(log x)); 0.0 if an element is 0; NaN if one is NaN; faults (argument) on a negative element, (empty) on an empty array",
  examples: [
    { code: "[1, 3, 9].gmean", result: "3.0" },
    { code: "[0.5, 2.0, 4.0].gmean", result: "1.5874010519681994" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    const fs = xs.map(toF);
    if (fs.some((x) => x < 0)) throw new Fault("argument");
    if (fs.some((x) => Number.isNaN(x))) return NaN;
    if (fs.some((x) => x === 0)) return 0;
    return Math.exp(nsum(fs.map(Math.log)) / fs.length);
  },
  // the template carries its own log and exp (fdlibm's, as V8's); another host's Math.log may round differently
  test: { tolerance: 1e-12, args: (gen, t) => gen.fc.tuple(gen.fc.oneof(arrays(gen, t.T), t.T === "int" ? gen.array(gen.fc.bigInt({ min: 1n, max: 2n ** 63n - 1n })) : gen.array(gen.fc.double({ min: 0, max: 1e300, noNaN: true })))) },
});
