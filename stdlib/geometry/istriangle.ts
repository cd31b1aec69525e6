import { block } from "../../blocks/block.js";

export default block({
  name: "istriangle",
  aliases: ["validtriangle", "triangleinequality", "istri"],
  sig: "(a: T, b: T, c: T) -> bool",
  types: { T: ["int", "float"] },
  doc: "whether three side lengths make a triangle: each less than the other two together, strictly (so false for a flat one, a zero or negative side, or NaN); ints wrap at 64 bits when added",
  examples: [
    { code: "istriangle(3, 4, 5)", result: "true" },
    { code: "istriangle(1, 2, 3)", result: "false" },
  ],
  oracle: (a: any, b: any, c: any, t: any) => {
    const add = (x: any, y: any) => (t.T === "int" ? BigInt.asIntN(64, x + y) : x + y);
    return add(a, b) > c && add(a, c) > b && add(b, c) > a;
  },
  test: { args: (gen, t) => { const s = t.T === "int" ? gen.fc.oneof(gen.small, gen.int) : gen.float; return gen.fc.tuple(s, s, s); } },
});
