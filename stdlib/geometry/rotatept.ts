import { block } from "../../blocks/block.js";
import { pointArb } from "../../blocks/geometry/_geo.js";

export default block({
  name: "rotatept",
  aliases: ["rotatepoint", "rotate2d", "turn"],
  sig: "(p: (float, float), theta: float) -> (float, float)",
  doc: "the point p turned counter-clockwise by theta radians about the origin: (x cos θ - y sin θ, x sin θ + y cos θ); rotate moves array elements instead",
  examples: [
    { code: "rotatept((1.0, 0.0), pi / 2.0).0.roundto(12)", result: "0.0" },
    { code: "rotatept((2.0, 3.0), 0.0)", result: "(2.0, 3.0)" },
  ],
  oracle: (p: number[], t: number) => { const c = Math.cos(t), s = Math.sin(t); return [p[0] * c - p[1] * s, p[0] * s + p[1] * c]; },
  test: { tolerance: 1e-14, args: (gen) => gen.fc.tuple(pointArb(gen, true), gen.fc.double({ min: -7, max: 7, noNaN: true })) },
});
