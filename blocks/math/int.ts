import { block, Fault, type Value } from "../block.js";
import { crossed, isHeld } from "../dynamic/_any.js";

const INT = /^[\t\n\v\f\r ]*([+-]?[0-9]+)[\t\n\v\f\r ]*$/;
const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
const PREFIX: Record<number, string> = { 16: "x", 8: "o", 2: "b" };

/** Python's int(s, base) for 2 ≤ base ≤ 36, over ASCII text only. */
function parseBase(s: string, base: bigint): bigint {
  if (base < 2n || base > 36n) throw new Fault("argument");
  const b = Number(base);
  const d = `[${ALNUM.slice(0, b)}${ALNUM.slice(10, b).toUpperCase()}]`;
  const pre = PREFIX[b] ? `(?:0[${PREFIX[b]}${PREFIX[b].toUpperCase()}]_?)?` : "";
  const m = new RegExp(`^[\\t\\n\\v\\f\\r ]*([+-]?)${pre}(${d}(?:_?${d})*)[\\t\\n\\v\\f\\r ]*$`).exec(s);
  if (!m) throw new Fault("argument");
  let v = 0n;
  for (const c of m[2].toLowerCase()) if (c !== "_") v = v * base + BigInt(ALNUM.indexOf(c));
  if (m[1] === "-") v = -v;
  if (v !== BigInt.asIntN(64, v)) throw new Fault("overflow");
  return v;
}

export default block({
  name: "int",
  aliases: ["toint", "integer", "parseint"],
  sig: ["(x: float) -> int", "(s: str) -> int", "(b: bool) -> int", "(x: int) -> int", "(s: str, base: int) -> int", "(x: any) -> int"],
  doc: "convert to int: a float truncated toward zero (faults with argument on NaN, infinities and values outside the int range); a string of base-10 digits with an optional sign and surrounding ASCII whitespace, like Python's int() (faults with argument on other text, with overflow outside the int range); a bool to 1 or 0; int(s, base) reads s in a base from 2 to 36 like Python's int(s, base): digits 0-9 then letters a-z or A-Z below the base, an optional sign, surrounding ASCII whitespace, a 0x/0o/0b prefix (any case, after the sign) only for base 16/8/2, and single underscores between digits or after the prefix (faults with argument on other text, including non-ASCII digits and whitespace, or a base outside 2..36; with overflow outside the int range); an any as the value it holds (faults type on null, a list or a dict)",
  examples: [
    { code: "int(-3.9)", result: "-3" },
    { code: "int(\" 42 \")", result: "42" },
    { code: "\"-17\".int", result: "-17" },
    { code: "int(true)", result: "1" },
    { code: "\"ff\".int(16)", result: "255" },
    { code: "int(\"-0b1010_1010\", 2)", result: "-170" },
    { code: "[1, \"2\", 3.5].map(_.int)", result: "[1, 2, 3]" },
  ],
  oracle: (x: any, base?: any) => {
    if (typeof base === "bigint") return parseBase(x, base);
    if (!isHeld(x, ["int", "float", "str", "bool"])) throw new Fault("type");
    if (typeof x === "boolean") return x ? 1n : 0n;
    if (typeof x === "bigint") return x;
    if (typeof x === "number") {
      if (!(x >= -(2 ** 63) && x < 2 ** 63)) throw new Fault("argument");
      return BigInt(Math.trunc(x));
    }
    const m = INT.exec(x);
    if (!m) throw new Fault("argument");
    const v = BigInt(m[1]);
    if (v !== BigInt.asIntN(64, v)) throw new Fault("overflow");
    return v;
  },
  test: {
    args: function args(gen: any, inst: Record<string, string>, overload: number): any {
      const fc = gen.fc;
      // an any holding what the other overloads take, or anything
      if (overload === 5) return fc.oneof(...[0, 1, 2, 3].map((o) => args(gen, inst, o).map((a: Value[]) => a.map(crossed))), fc.tuple(gen.of({ kind: "any" })));
      if (overload === 0) return fc.tuple(fc.oneof(gen.float, fc.constantFrom(9223372036854775807, -9223372036854775808, 9223372036854774784, -9223372036854777856, 1e19, -1e19)));
      if (overload === 2) return fc.tuple(gen.bool);
      if (overload === 3) return fc.tuple(gen.int);
      if (overload === 4) return baseArgs(gen);
      const ws = fc.constantFrom("", "", " ", "\t", "\n", "  \r");
      const digits = fc.array(fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), { minLength: 1, maxLength: 22 }).map((a: string[]) => a.join(""));
      const num = fc.oneof(
        gen.int.map((v: bigint) => String(v)),
        fc.tuple(fc.constantFrom("", "+", "-"), digits).map((p: string[]) => p.join("")),
        fc.constantFrom("9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "+0", "-0", "0000000000000000000000042",
          "18446744073709551616", "99999999999999999999x", "", "+", "-", "1 2", "1.0", "1e3", "0x10", "1_000", "٣", "--1", " 7 "),
      );
      return fc.tuple(fc.oneof(gen.str, fc.tuple(ws, num, ws).map((p: string[]) => p.join(""))));
    },
  },
});

/** Arguments for int(s, base): text written in the base (often valid, near the int range's edges, with
 *  prefixes, underscores, signs and whitespace), broken text, and bases outside 2..36. */
function baseArgs(gen: any) {
  const fc = gen.fc;
  const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n;
  const base = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 2, max: 36 }).map(BigInt) },
    { weight: 4, arbitrary: fc.constantFrom(2n, 8n, 10n, 16n, 36n) },
    { weight: 1, arbitrary: fc.constantFrom(0n, 1n, -1n, 37n, 64n, 256n + 16n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 32n + 10n) },
  );
  const value = fc.oneof(
    { weight: 3, arbitrary: gen.int },
    { weight: 2, arbitrary: fc.constantFrom(I64_MAX, I64_MIN, I64_MAX + 1n, I64_MIN - 1n, 2n ** 64n, -(2n ** 64n), 2n ** 64n - 1n, 10n ** 30n, 0n) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }) },
  );
  const ws = fc.constantFrom("", "", "", " ", "\t", "\n ", "\r\v\f");
  // a value written in the base: either case, sometimes with single underscores, the base's own prefix
  // (with an optional underscore after it), a plus sign and ASCII whitespace; all valid for 2..36
  const written = fc.tuple(base, value, fc.boolean(), fc.boolean(), fc.nat(2), fc.boolean(), ws, ws).map(
    ([b, v, upper, us, pre, plus, w1, w2]: [bigint, bigint, boolean, boolean, number, boolean, string, string]) => {
      let digits = (v < 0n ? -v : v).toString(b >= 2n && b <= 36n ? Number(b) : 10);
      if (upper) digits = digits.toUpperCase();
      if (us) digits = digits.split("").join("_");
      const letter = ({ 16: "x", 8: "o", 2: "b" } as Record<string, string>)[String(b)];
      const p = letter && pre ? `0${upper ? letter.toUpperCase() : letter}${pre === 2 ? "_" : ""}` : "";
      return [`${w1}${v < 0n ? "-" : plus ? "+" : ""}${p}${digits}${w2}`, b];
    });
  // the same, broken in one place: a prefix of another base, a leading, doubled or trailing underscore,
  // a stray or replaced character, non-ASCII whitespace
  const broken = fc.tuple(written, fc.nat(7), fc.nat(30), fc.constantFrom("_", "__", "0x", "0o", "0b", " ", "-", "+", "z", "Z", "@", "[", "`", "{", "/", ":", "\u00a0", "\u0661")).map(
    ([[s, b], how, at, c]: [[string, bigint], number, number, string]) => {
      const i = at % (s.length + 1);
      const t = s.trim();
      if (how === 0) return [`0${"xob"[Number(b % 3n)]}${t}`, b];
      if (how === 1) return [`_${t}`, b];
      if (how === 2) return [`${t}_`, b];
      if (how === 3) return [t.replace("_", "__"), b];
      if (how === 4) return [s.slice(0, i) + c + s.slice(i + 1), b];
      if (how === 5) return [`\u3000${t}`, b];
      return [s.slice(0, i) + c + s.slice(i), b];
    });
  const odd = fc.tuple(
    fc.constantFrom("", " ", "+", "-", "+-1", "--1", "- 1", "0x", "0b", "0o", "0x_", "0_", "_0", "0__0", "1_", "0x_ff", "0X_FF", "0XfF", "-0x8000000000000000",
      "0x7fffffffffffffff", "0x8000000000000000", "0b", "0b1", "0o17", "0O17", "0B101", "z", "Z", "zz", "{", "@", "`", "/", ":", "[", "1 0", "1.0", "1e3",
      "٣", "１", "0x\u0661", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "1y2p0ij32e8e7", "1y2p0ij32e8e8", "-1y2p0ij32e8e8", "-1y2p0ij32e8e9", "7fffffffffffffff", "-8000000000000000", "ffffffffffffffff", "zzzzzzzzzzzzzzzzzzzzzzzzz!"),
    base,
  );
  return fc.oneof({ weight: 6, arbitrary: written }, { weight: 3, arbitrary: broken }, { weight: 2, arbitrary: odd }, { weight: 1, arbitrary: fc.tuple(gen.str, base) });
}
