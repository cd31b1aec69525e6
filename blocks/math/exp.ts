import { block } from "../block.js";

export default block({
  name: "exp",
  sig: "(x: float) -> float",
  doc: "e raised to x (fdlibm algorithm, error < 1 ulp); inf above ~709.78, 0.0 below ~-745.13, exp(-inf) is 0.0, NaN stays NaN",
  examples: [
    { code: "exp(0.0)", result: "1.0" },
    { code: "exp(1.0)", result: "2.718281828459045" },
  ],
  oracle: (x: number) => Math.exp(x),
  test: {
    tolerance: 1e-15,
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: -750, max: 750, noNaN: true }), gen.fc.double({ min: -1, max: 1, noNaN: true }))),
  },
});
