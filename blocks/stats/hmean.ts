import { block, Fault } from "../block.js";
import { arrays, nsum, toF } from "./numeric.js";

export default block({
  name: "hmean",
  aliases: ["harmonic_mean"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the harmonic mean n / sum(1 / x); 0.0 if an element is 0; NaN if one is NaN; faults (argument) on a negative element, (empty) on an empty array",
  examples: [
    { code: "[1, 4, 4].hmean", result: "2.0" },
    { code: "[0.5, 0.25].hmean", result: "0.3333333333333333" },
  ],
  oracle: (xs: (bigint | number)[]) => {
    if (xs.length === 0) throw new Fault("empty");
    const fs = xs.map(toF);
    if (fs.some((x) => x < 0)) throw new Fault("argument");
    if (fs.some((x) => Number.isNaN(x))) return NaN;
    if (fs.some((x) => x === 0)) return 0;
    return fs.length / nsum(fs.map((x) => 1 / x));
  },
  test: { args: (gen, t) => gen.fc.tuple(gen.fc.oneof(arrays(gen, t.T), t.T === "int" ? gen.array(gen.fc.bigInt({ min: 1n, max: 2n ** 63n - 1n })) : gen.array(gen.fc.double({ min: 0, max: 1e300, noNaN: true })))) },
});
