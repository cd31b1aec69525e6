import { block } from "../../blocks/block.js";
import { arrays } from "../../blocks/stats/numeric.js";

export default block({
  name: "sumsq",
  aliases: ["sumsquares", "sumofsquares", "squaresum", "ss"],
  sig: "(xs: [T]) -> T",
  types: { T: ["int", "float"] },
  doc: "the sum of the squares of the elements, added left to right (ints wrap at 64 bits); 0 when empty",
  examples: [
    { code: "[1, 2, 3].sumsq", result: "14" },
    { code: "[0.5, 1.5].sumsq", result: "2.5" },
  ],
  oracle: (xs: any[], t: any) => (t.T === "int" ? xs.reduce((a: bigint, x: bigint) => BigInt.asIntN(64, a + x * x), 0n) : xs.reduce((a: number, x: number) => a + x * x, 0)),
  test: { args: (gen, t) => gen.fc.tuple(arrays(gen, t.T, 40)) },
});
