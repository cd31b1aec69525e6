import { block } from "../block.js";

export default block({
  name: "cbrt",
  aliases: ["cuberoot"],
  sig: "(x: float) -> float",
  doc: "the real cube root, negative for negative x (fdlibm algorithm, error < 0.667 ulp); zeros, infinities and NaN stay",
  examples: [
    { code: "cbrt(-27.0)", result: "-3.0" },
    { code: "cbrt(2.0)", result: "1.2599210498948732" },
  ],
  oracle: (x: number) => Math.cbrt(x),
  test: { tolerance: 1e-15 },
});
