import { block } from "../block.js";

export default block({
  name: "hypot",
  sig: "(x: float, y: float) -> float",
  doc: "sqrt(x*x + y*y) without intermediate overflow or underflow (fdlibm algorithm, error < 1 ulp); inf if either is infinite (even with a NaN), else NaN if either is NaN",
  examples: [
    { code: "hypot(3.0, 4.0)", result: "5.0" },
    { code: "hypot(1e300, 1e300)", result: "1.4142135623730952e+300" },
  ],
  oracle: (x: number, y: number) => Math.hypot(x, y),
  test: { tolerance: 1e-15 },
});
