import { block, Fault } from "../block.js";

/** Python's float %: fmod, then moved into the sign of b. */
export function floatMod(a: number, b: number): number {
  const r = a % b; // JS % is C fmod
  if (r !== 0) return (b < 0) !== (r < 0) ? r + b : r;
  return b < 0 || Object.is(b, -0) ? -0 : 0;
}

export default block({
  name: "mod",
  aliases: ["modulo"],
  sig: "(a: T, b: T) -> T",
  types: { T: ["int", "float"] },
  doc: "floor modulo like Python's %: the result has the sign of b (mod(-7, 3) is 2); faults with divzero when b is 0; floats: exact (fmod then + b when the signs differ), a zero result takes b's sign, NaN when a is infinite or either is NaN",
  examples: [
    { code: "mod(-7, 3)", result: "2" },
    { code: "mod(7, -3)", result: "-2" },
    { code: "mod(5.5, 2.0)", result: "1.5" },
  ],
  oracle: (a: any, b: any, t) => {
    if (t.T === "float") {
      if (b === 0) throw new Fault("divzero");
      return floatMod(a, b);
    }
    if (b === 0n) throw new Fault("divzero");
    const r: bigint = (a as bigint) % (b as bigint);
    return r !== 0n && (r < 0n) !== (b < 0n) ? r + (b as bigint) : r;
  },
  test: {
    args: (gen: any, inst: Record<string, string>) => {
      const fc = gen.fc;
      if (inst.T === "int") return fc.tuple(gen.int, fc.oneof(gen.int, gen.small));
      return fc.oneof(
        fc.tuple(gen.float, gen.float),
        fc.tuple(gen.finite, fc.oneof(gen.finite, fc.constantFrom(0.5, -2, 3, Infinity, -Infinity))),
        fc.tuple(fc.double(), fc.double({ min: -1e-300, max: 1e-300 })),
        fc.tuple(fc.constantFrom(5e-324, -5e-324, 1e-310, 2.2250738585072014e-308), fc.constantFrom(5e-324, 3e-323, -1e-315, 1.5e-308)),
      );
    },
  },
});
