import { block } from "../block.js";

export default block({
  name: "cos",
  sig: "(x: float) -> float",
  doc: "the cosine of x in radians (fdlibm algorithm, error < 1 ulp, exact argument reduction even for huge x); NaN for NaN and +-inf",
  examples: [
    { code: "cos(0.0)", result: "1.0" },
    { code: "cos(1.0)", result: "0.5403023058681398" },
  ],
  oracle: (x: number) => Math.cos(x),
  test: {
    tolerance: 1e-15,
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: -10, max: 10, noNaN: true }), gen.fc.double({ min: -1e7, max: 1e7, noNaN: true }))),
  },
});
