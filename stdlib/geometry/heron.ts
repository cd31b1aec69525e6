import { block } from "../../blocks/block.js";

export default block({
  name: "heron",
  aliases: ["triarea", "trianglearea", "heronarea", "areasides"],
  sig: "(a: float, b: float, c: float) -> float",
  doc: "the area of a triangle from its side lengths by Heron's formula sqrt(s(s - a)(s - b)(s - c)), s half the perimeter; NaN when the sides make no triangle (one longer than the other two together); 0.0 for a flat one",
  examples: [
    { code: "heron(3.0, 4.0, 5.0)", result: "6.0" },
    { code: "heron(1.0, 1.0, 3.0).isnan", result: "true" },
  ],
  oracle: (a: number, b: number, c: number) => { const s = (a + b + c) / 2; return Math.sqrt(s * (s - a) * (s - b) * (s - c)); },
  test: { args: (gen) => { const side = gen.fc.oneof(gen.float, gen.fc.integer({ min: 0, max: 20 }).map((x: number) => x / 2)); return gen.fc.tuple(side, side, side); } },
});
