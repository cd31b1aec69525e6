import { block } from "../../blocks/block.js";

export default block({
  name: "rect",
  aliases: ["fromPolar", "frompolar", "pol2cart", "cartesianof"],
  sig: "(r: float, theta: float) -> (float, float)",
  doc: "the point at distance r and angle theta (radians, from the positive x axis): (r·cos theta, r·sin theta) (Python's cmath.rect); the inverse of polar",
  examples: [
    { code: "rect(2.0, 0.0)", result: "(2.0, 0.0)" },
  ],
  oracle: (r: number, t: number) => [r * Math.cos(t), r * Math.sin(t)],
  test: { tolerance: 1e-15, args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.finite, gen.float), gen.fc.oneof(gen.fc.double({ min: -10, max: 10, noNaN: true }), gen.float)) },
});
