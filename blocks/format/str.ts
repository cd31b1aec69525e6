import { block, type Value } from "../block.js";
import { showAny } from "../dynamic/_any.js";

/** A float as print shows it, Python's repr: the shortest digits that read back as the same float
 *  (JS finds the same ones), written positionally when the decimal point falls from 4 places left of
 *  the first digit to 16 right of it, else as d.ddde±XX; ".0" when integral; nan, inf, -inf, -0.0. */
export function showFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential())!;
  const sign = m[1], digits = m[2] + (m[3] ?? ""), point = Number(m[4]) + 1; // 0.DIGITS × 10^point
  if (point <= -4 || point > 16) {
    const exp = point - 1;
    return `${sign}${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ""}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export default block({
  name: "str",
  aliases: ["tostring", "string", "repr"],
  sig: ["(x: int) -> str", "(x: float) -> str", "(x: bool) -> str", "(x: str) -> str", "(x: any) -> str"],
  doc: "the text print shows for x: ints in decimal with a leading - when negative; floats as Python's repr: the shortest round-trip decimal, .0 added when integral (2.0, 0.75, 1e+16, 1e-05, -0.0, nan, inf, -inf); bools as true/false; a string as itself (Python's str(s)); an any holding a str as that str, anything else as print shows it",
  examples: [
    { code: "str(-42)", result: "-42" },
    { code: "str(2.0)", result: "2.0" },
    { code: "str(1e21)", result: "1e+21" },
    { code: "str(true)", result: "true" },
    { code: "[\"a\", \"b\"].map(_.str)", result: "[\"a\", \"b\"]" },
    { code: "[\"a\", [1, null]].map(_.str)", result: "[\"a\", \"[1, null]\"]" },
  ],
  oracle: (x: Value) => showAny(x),
});
