import { block, Fault } from "../block.js";

/** x with exactly d decimals, rounding the exact binary value half to even (Python's f"{x:.{d}f}"). */
export function toFixed(x: number, d: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  const ex = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const m = ex === 0 ? frac : frac | (1n << 52n);
  const e = ex === 0 ? -1074 : ex - 1075;
  // |x| * 10^d = m * 5^d * 2^(e + d)
  const n = m * 5n ** BigInt(d);
  const t = e + d;
  let q: bigint;
  if (t >= 0) q = n << BigInt(t);
  else {
    const s = BigInt(-t);
    q = n >> s;
    const r = n - (q << s), half = 1n << (s - 1n);
    if (r > half || (r === half && (q & 1n) === 1n)) q += 1n;
  }
  const digits = q.toString().padStart(d + 1, "0");
  const cut = digits.length - d;
  return (neg ? "-" : "") + digits.slice(0, cut) + (d > 0 ? "." + digits.slice(cut) : "");
}

export default block({
  name: "fixed",
  aliases: ["tofixed"],
  sig: "(x: float, digits: int) -> str",
  doc: "x as text with exactly digits (0–20) decimals, rounding the exact binary value half to even like Python's f\"{x:.{digits}f}\" (so 2.675 gives 2.67); the sign is kept (-0.00), nan, inf and -inf print as such; fault argument when digits is outside 0–20",
  examples: [
    { code: "fixed(3.14159, 2)", result: "3.14" },
    { code: "fixed(2.5, 0)", result: "2" },
    { code: "fixed(-0.001, 2)", result: "-0.00" },
  ],
  oracle: (x: number, d: bigint) => {
    if (d < 0n || d > 20n) throw new Fault("argument");
    return toFixed(x, Number(d));
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const x = fc.oneof(
        { weight: 4, arbitrary: gen.float },
        { weight: 2, arbitrary: fc.integer({ min: -4000, max: 4000 }).map((k: number) => k / 16) },
        { weight: 2, arbitrary: fc.integer({ min: -100000, max: 100000 }).map((k: number) => k / 1000) },
        { weight: 1, arbitrary: fc.constantFrom(2.675, 0.125, 0.375, 1e21, 1e22, 2 ** 53, 2 ** 53 + 2, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 0.1, 9.995, 99.5, 0.5, 1.5) },
        { weight: 1, arbitrary: fc.double({ min: -1e-10, max: 1e-10 }) },
      );
      const d = fc.oneof({ weight: 10, arbitrary: gen.nat(20) }, { weight: 1, arbitrary: fc.constantFrom(-1n, 21n, 100n) }, { weight: 1, arbitrary: gen.int });
      return fc.tuple(x, d);
    },
  },
});
