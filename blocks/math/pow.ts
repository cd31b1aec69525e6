import { block, Fault } from "../block.js";

/** b**e wrapped to 64 bits, by squaring (e >= 0). */
export function powWrap(b: bigint, e: bigint): bigint {
  let r = 1n;
  b = BigInt.asIntN(64, b);
  while (e > 0n) {
    if (e & 1n) r = BigInt.asIntN(64, r * b);
    b = BigInt.asIntN(64, b * b);
    e >>= 1n;
  }
  return r;
}

/** C99/IEEE pow (also Python's for these cases): unlike Math.pow, 1**y is 1 and (-1)**±inf is 1. */
export function powFloat(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
  return Math.pow(x, y);
}

export default block({
  name: "pow",
  aliases: ["power"],
  sig: "(x: T, y: T) -> T",
  types: { T: ["int", "float"] },
  doc: "x raised to the power y. ints: exact modulo 2^64 (wraps), pow(0, 0) is 1, a negative y faults with argument. floats: C/IEEE pow (fdlibm, error < 1 ulp; exact for representable integer results): x**0 and 1**y are 1.0 even for NaN, a negative x with a non-integer y gives NaN, 0.0**-1.0 is inf",
  examples: [
    { code: "pow(2, 10)", result: "1024" },
    { code: "pow(2.0, 0.5)", result: "1.4142135623730951" },
    { code: "pow(-8.0, 3.0)", result: "-512.0" },
  ],
  oracle: (x: any, y: any, t) => {
    if (t.T === "float") return powFloat(x, y);
    if (y < 0n) throw new Fault("argument");
    return powWrap(x, y);
  },
  test: {
    tolerance: 1e-15,
    args: (gen: any, inst: Record<string, string>) => {
      const fc = gen.fc;
      if (inst.T === "int") return fc.tuple(gen.int, fc.oneof(gen.small, gen.int, gen.nat(70)));
      const smallInt = fc.integer({ min: -40, max: 40 });
      return fc.oneof(
        fc.tuple(gen.float, gen.float),
        fc.tuple(gen.finite, fc.oneof(smallInt, fc.constantFrom(0.5, -0.5, 1 / 3, 2.5))),
        fc.tuple(fc.double({ min: 0.5, max: 2, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true })),
        fc.tuple(fc.constantFrom(-1, 1, -0, 0, Infinity, -Infinity, NaN, -2, 2), fc.oneof(gen.float, smallInt)),
      );
    },
  },
});
