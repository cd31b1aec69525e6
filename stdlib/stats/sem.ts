import { block } from "../../blocks/block.js";
import sd from "../../blocks/stats/sd.js";
import { arrays } from "../../blocks/stats/numeric.js";

export default block({
  name: "sem",
  aliases: ["stderr", "standarderror", "stderrmean"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the standard error of the mean: the sample standard deviation (as sd) over sqrt(n) (scipy.stats.sem); faults (empty) with fewer than two elements",
  examples: [
    { code: "[2, 4, 4, 4, 5, 5, 7, 9].sem.roundto(4)", result: "0.7559" },
  ],
  oracle: (xs: any[], t: any) => (sd.oracle(xs, t) as number) / Math.sqrt(xs.length),
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 30)) },
});
