import { block, Fault } from "../../blocks/block.js";
import { arrays, mean, toF } from "../../blocks/stats/numeric.js";

export default block({
  name: "rms",
  aliases: ["rootmeansquare", "quadraticmean", "rootmeansq"],
  sig: "(xs: [T]) -> float",
  types: { T: ["int", "float"] },
  doc: "the root mean square sqrt(mean(x²)), the squares summed as mean sums; inf when a square overflows; faults (empty) on []",
  examples: [
    { code: "[3, 4].rms.roundto(4)", result: "3.5355" },
    { code: "[2.0, -2.0].rms", result: "2.0" },
  ],
  oracle: (xs: any[]) => {
    if (!xs.length) throw new Fault("empty");
    return Math.sqrt(mean(xs.map((x) => toF(x) * toF(x))));
  },
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 40)) },
});
