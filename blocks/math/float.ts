import { block, Fault, type Value } from "../block.js";
import { crossed, isHeld } from "../dynamic/_any.js";

const WS = "[\\t\\n\\v\\f\\r ]*";
const FLOAT = new RegExp(`^${WS}([+-]?)(?:(infinity|inf)|(nan)|((?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?))${WS}$`, "i");

/** Python's float(str) over ASCII: correctly rounded decimal, inf/infinity/nan in any case. */
export function parseFloatStrict(s: string): number {
  const m = FLOAT.exec(s);
  if (!m) throw new Fault("argument");
  if (m[2]) return m[1] === "-" ? -Infinity : Infinity;
  if (m[3]) return NaN;
  return Number(m[1] + m[4]);
}

export default block({
  name: "float",
  aliases: ["tofloat", "double", "parsefloat"],
  sig: ["(x: int) -> float", "(s: str) -> float", "(x: float) -> float", "(b: bool) -> float", "(x: any) -> float"],
  doc: "convert to float: an int to the nearest float (ties to even); a string parsed like Python's float() and correctly rounded: surrounding ASCII whitespace, optional sign, digits with an optional point and exponent, or inf/infinity/nan in any case, faults with argument on anything else (no underscores or hex); a bool to 1.0 or 0.0; an any as the value it holds (faults type on null, a list or a dict)",
  examples: [
    { code: "float(3)", result: "3.0" },
    { code: "float(\" -1.5e3 \")", result: "-1500.0" },
    { code: "\"0.1\".float", result: "0.1" },
    { code: "float(true)", result: "1.0" },
    { code: "[1, \"2.5\"].map(_.float)", result: "[1.0, 2.5]" },
  ],
  oracle: (x: any) => {
    if (!isHeld(x, ["int", "float", "str", "bool"])) throw new Fault("type");
    if (typeof x === "bigint") return Number(x);
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x === "number") return x;
    return parseFloatStrict(x);
  },
  test: {
    args: function args(gen: any, inst: Record<string, string>, overload: number): any {
      const fc = gen.fc;
      // an any holding what the other overloads take, or anything
      if (overload === 4) return fc.oneof(...[0, 1, 2, 3].map((o) => args(gen, inst, o).map((a: Value[]) => a.map(crossed))), fc.tuple(gen.of({ kind: "any" })));
      if (overload === 0) return fc.tuple(fc.oneof(gen.int, fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n })));
      if (overload === 2) return fc.tuple(gen.float);
      if (overload === 3) return fc.tuple(gen.bool);
      const digits = (max: number) => fc.array(fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), { minLength: 1, maxLength: max }).map((a: string[]) => a.join(""));
      const exp = fc.oneof(fc.constant(""), fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.integer({ min: 0, max: 400 })).map(([e, s, n]: any[]) => `${e}${s}${n}`));
      const num = fc.oneof(
        fc.double().map((x: number) => String(x)),
        fc.double().map((x: number) => x.toExponential(20)),
        fc.double({ noNaN: true }).map((x: number) => x.toPrecision(17 + Math.floor(Math.abs(x) % 4))),
        fc.tuple(fc.constantFrom("", "+", "-"), digits(25), fc.constantFrom("", "."), fc.oneof(fc.constant(""), digits(25)), exp).map((p: string[]) => p.join("")),
        fc.tuple(digits(3), fc.integer({ min: 0, max: 900 }), digits(3), exp).map(([a, z, b, e]: any[]) => `${a}.${"0".repeat(z)}${b}${e}`),
        fc.tuple(fc.integer({ min: 0, max: 400 }), digits(20), exp).map(([z, b, e]: any[]) => `0.${"0".repeat(z)}${b}${e}`),
        fc.constantFrom(
          "9007199254740993", "9007199254740992.5", "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9e-324", "2.4703282292062327e-324",
          "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e23", "8.98846567431158e307",
          "0.1", "-0", "-0.0", "+.5", "5.", ".", "e5", "1e", "1e+", "1.2.3", "--1", "0x10", "1_000", "١٢", "inf", "-Infinity", "NaN", "+nan",
          "infinit", "infinityy", "in", "  12  ", "\t-3\n", "1e-400", "1e400", "123456789012345678901234567890", "0.000001", "1e0000000000000000000000005",
          "7.2057594037927933e16", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
        ),
        fc.constant("0.".concat("0".repeat(340)).concat("24703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-1")),
      );
      const ws = fc.constantFrom("", "", "", " ", "\t", "\n ");
      return fc.tuple(fc.oneof(gen.str, fc.tuple(ws, num, ws).map((p: string[]) => p.join("")), num));
    },
  },
});
