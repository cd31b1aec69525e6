import { block } from "../block.js";

export default block({
  name: "atan2",
  aliases: ["arctan2"],
  sig: "(y: float, x: float) -> float",
  doc: "the angle in radians of the point (x, y) from the positive x axis, in [-pi, pi] (note: y first, as in C and Python; fdlibm algorithm, error < 1 ulp); signed zeros and infinities follow IEEE (atan2(0.0, -1.0) is pi, atan2(-0.0, -1.0) is -pi), NaN if either is NaN",
  examples: [
    { code: "atan2(1.0, 1.0)", result: "0.7853981633974483" },
    { code: "atan2(0.0, -1.0)", result: "3.141592653589793" },
  ],
  oracle: (y: number, x: number) => Math.atan2(y, x),
  test: { tolerance: 1e-15 },
});
