import { block, Fault } from "../../blocks/block.js";
import { arrays } from "../../blocks/stats/numeric.js";

export default block({
  name: "ecdf",
  aliases: ["cdf", "empiricalcdf", "fractionbelow", "percentileofscore"],
  sig: "(xs: [T], x: T) -> float",
  types: { T: ["int", "float"] },
  doc: "the empirical distribution function at x: the fraction of the elements <= x, in [0, 1] (NaN elements are never <= x); faults (argument) on []",
  examples: [
    { code: "[1, 2, 3, 4].ecdf(2)", result: "0.5" },
  ],
  oracle: (xs: any[], x: any) => {
    if (!xs.length) throw new Fault("argument");
    return xs.filter((y) => y <= x).length / xs.length;
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 20), t.T === "int" ? gen.int : gen.float) },
});
