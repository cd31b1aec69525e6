import { block } from "../block.js";

export default block({
  name: "atan",
  aliases: ["arctan"],
  sig: "(x: float) -> float",
  doc: "the arc tangent in radians, in [-pi/2, pi/2] (fdlibm algorithm, error < 1 ulp); atan(+-inf) is +-pi/2, NaN stays",
  examples: [
    { code: "atan(1.0)", result: "0.7853981633974483" },
    { code: "atan(0.0)", result: "0.0" },
  ],
  oracle: (x: number) => Math.atan(x),
  test: { tolerance: 1e-15 },
});
