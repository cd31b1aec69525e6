import { block } from "../block.js";

export default block({
  name: "tan",
  sig: "(x: float) -> float",
  doc: "the tangent of x in radians (fdlibm algorithm, error < 1 ulp, exact argument reduction even for huge x); NaN for NaN and +-inf; tan(-0.0) is -0.0",
  examples: [
    { code: "tan(0.0)", result: "0.0" },
    { code: "tan(1.0)", result: "1.5574077246549023" },
  ],
  oracle: (x: number) => Math.tan(x),
  test: {
    tolerance: 1e-15,
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: -10, max: 10, noNaN: true }), gen.fc.double({ min: -1e7, max: 1e7, noNaN: true }))),
  },
});
