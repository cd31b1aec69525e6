import { block } from "../../blocks/block.js";

const close = (a: number, b: number, tol: number) => a === b || (Number.isFinite(a) && Number.isFinite(b) && (Math.abs(a - b) <= 1e-9 * Math.abs(a) || Math.abs(a - b) <= 1e-9 * Math.abs(b) || Math.abs(a - b) <= tol));

export default block({
  name: "isclose",
  aliases: ["approx", "approxeq", "almostequal", "nearlyequal", "allclose"],
  sig: ["(a: float, b: float, tol: float) -> bool", "(a: float, b: float) -> bool"],
  doc: "whether a and b are equal to 9 significant digits (Python's math.isclose: |a - b| <= 1e-9 * max(|a|, |b|)), or, given tol, also when |a - b| <= tol (the one test that works near 0); infinities are close only to themselves, NaN to nothing",
  examples: [
    { code: "isclose(0.1 + 0.2, 0.3)", result: "true" },
    { code: "isclose(1e-12, 0.0)", result: "false" },
    { code: "isclose(1e-12, 0.0, 1e-9)", result: "true" },
  ],
  oracle: (a: number, b: number, tol: any) => close(a, b, typeof tol === "number" ? tol : 0),
  test: {
    args: (gen, t, k) => {
      const fc = gen.fc;
      const near = gen.float.chain((a: number) => fc.tuple(fc.constant(a), fc.constantFrom(a, a * (1 + 1e-10), a * (1 + 1e-8), a + 1e-12, -a, NaN, Infinity)));
      const pair = fc.oneof(fc.tuple(gen.float, gen.float), near);
      return k === 1 ? pair : fc.tuple(pair, fc.constantFrom(0, 1e-9, 1e-12, 1, Infinity, NaN)).map(([[a, b], tol]: [[number, number], number]) => [a, b, tol]);
    },
  },
});
