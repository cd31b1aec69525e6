import { block } from "../../blocks/block.js";

export default block({
  name: "radians",
  aliases: ["toradians", "deg2rad", "degtorad"],
  sig: "(x: float) -> float",
  doc: "the angle x, given in degrees, in radians: x * (pi / 180), as Python's math.radians computes it; the trigonometric blocks take radians",
  examples: [
    { code: "180.0.radians", result: "3.141592653589793" },
    { code: "radians(90.0)", result: "1.5707963267948966" },
  ],
  oracle: (x: number) => x * (Math.PI / 180),
});
