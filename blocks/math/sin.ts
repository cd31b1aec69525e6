import { block } from "../block.js";

export default block({
  name: "sin",
  sig: "(x: float) -> float",
  doc: "the sine of x in radians (fdlibm algorithm, error < 1 ulp, exact argument reduction even for huge x); NaN for NaN and +-inf; sin(-0.0) is -0.0",
  examples: [
    { code: "sin(0.0)", result: "0.0" },
    { code: "sin(1.0)", result: "0.8414709848078965" },
  ],
  oracle: (x: number) => Math.sin(x),
  test: {
    tolerance: 1e-15,
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: -10, max: 10, noNaN: true }), gen.fc.double({ min: -1e7, max: 1e7, noNaN: true }))),
  },
});
