import { block } from "../block.js";

export default block({
  name: "log2",
  sig: "(x: float) -> float",
  doc: "the base-2 logarithm (fdlibm algorithm, error < 1 ulp, exact for powers of two); log2(0.0) is -inf, NaN for x < 0",
  examples: [
    { code: "log2(1024.0)", result: "10.0" },
    { code: "log2(3.0)", result: "1.584962500721156" },
  ],
  oracle: (x: number) => Math.log2(x),
  test: {
    tolerance: 1e-15,
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: 0, max: 4, noNaN: true }), gen.fc.integer({ min: -1074, max: 1023 }).map((e: number) => 2 ** e))),
  },
});
