import { block } from "../block.js";

export default block({
  name: "log10",
  sig: "(x: float) -> float",
  doc: "the base-10 logarithm (fdlibm algorithm, error < 1 ulp); log10(0.0) is -inf, NaN for x < 0",
  examples: [
    { code: "log10(1000.0)", result: "3.0" },
    { code: "log10(2.0)", result: "0.3010299956639812" },
  ],
  oracle: (x: number) => Math.log10(x),
  test: {
    tolerance: 1e-15,
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: 0, max: 4, noNaN: true }), gen.fc.integer({ min: -300, max: 300 }).map((e: number) => Number(`1e${e}`)))),
  },
});
