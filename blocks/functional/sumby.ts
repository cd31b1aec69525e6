import { block } from "../block.js";

export default block({
  name: "sumby",
  aliases: ["sumof"],
  sig: "(xs: [T], f: T => N) -> N",
  types: { T: ["any"], N: ["int", "float"] },
  doc: "the sum of f(x) over the elements, added left to right (ints wrap at 64 bits); 0 when empty",
  examples: [
    { code: "[\"ab\", \"c\"].sumby(_.len)", result: "3" },
    { code: "[1.5, 2.0].sumby(_ * 2.0)", result: "7.0" },
  ],
  oracle: (xs: any[], f: (x: any) => any, t: Record<string, string>) =>
    t.N === "float" ? xs.reduce((a: number, x) => a + f(x), 0) : xs.reduce((a: bigint, x) => BigInt.asIntN(64, a + f(x)), 0n),
});
