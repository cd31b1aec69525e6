import { block, type Value } from "../block.js";
import { showAny } from "../dynamic/_any.js";

/** A float as print shows it: JS's shortest round-trip text, ".0" added when integral, nan/inf/-inf, -0.0. */
export function showFloat(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export default block({
  name: "str",
  aliases: ["tostring", "string", "repr"],
  sig: ["(x: int) -> str", "(x: float) -> str", "(x: bool) -> str", "(x: str) -> str", "(x: any) -> str"],
  doc: "the text print shows for x: ints in decimal with a leading - when negative; floats as the shortest round-trip decimal with .0 added when integral (2.0, 0.75, 1e+21, -0.0, nan, inf, -inf); bools as true/false; a string as itself (Python's str(s)); an any holding a str as that str, anything else as print shows it",
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
