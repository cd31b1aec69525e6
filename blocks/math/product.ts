import { block } from "../block.js";

export default block({
  name: "product",
  aliases: ["prod"],
  sig: "(xs: [T]) -> T",
  types: { T: ["int", "float"] },
  doc: "the product of the elements (ints wrap at 64 bits; floats multiply left to right); 1 when empty",
  examples: [
    { code: "[2, 3, 4].product", result: "24" },
    { code: "[0.5, 3.0].product", result: "1.5" },
  ],
  oracle: (xs: any[], t) =>
    t.T === "float" ? xs.reduce((a: number, b: number) => a * b, 1) : xs.reduce((a: bigint, b: bigint) => BigInt.asIntN(64, a * b), 1n),
});
