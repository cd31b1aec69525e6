import { block } from "../block.js";

export default block({
  name: "sum",
  aliases: ["total"],
  sig: "(xs: [T]) -> T",
  types: { T: ["int", "float"] },
  doc: "the sum of the elements (ints wrap at 64 bits); 0 when empty",
  examples: [
    { code: "[1, 2, 3].sum", result: "6" },
    { code: "[0.5, 0.25].sum", result: "0.75" },
  ],
  oracle: (xs: any[], t) =>
    t.T === "float" ? xs.reduce((a: number, b: number) => a + b, 0) : xs.reduce((a: bigint, b: bigint) => BigInt.asIntN(64, a + b), 0n),
});
