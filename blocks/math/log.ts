import { block } from "../block.js";

export default block({
  name: "log",
  aliases: ["ln"],
  sig: "(x: float) -> float",
  doc: "the natural logarithm (fdlibm algorithm, error < 1 ulp); log(0.0) is -inf, NaN for x < 0, log(inf) is inf",
  examples: [
    { code: "log(1.0)", result: "0.0" },
    { code: "log(10.0)", result: "2.302585092994046" },
  ],
  oracle: (x: number) => Math.log(x),
  test: {
    tolerance: 1e-15,
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.float, gen.fc.double({ min: 0, max: 4, noNaN: true }), gen.fc.double({ min: 0.999, max: 1.001, noNaN: true }))),
  },
});
