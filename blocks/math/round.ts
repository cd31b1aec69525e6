import { block } from "../block.js";

/** Round half to even, keeping the sign of zero (like f64.nearest and Python's round). */
export function roundEven(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 52) return x;
  const f = Math.floor(x), d = x - f;
  const r = d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
}

export default block({
  name: "round",
  aliases: ["rint"],
  sig: "(x: T) -> T",
  types: { T: ["int", "float"] },
  doc: "x rounded to the nearest integral value, ties to even like Python (round(2.5) is 2.0), in x's type: a float stays a float (use int to convert); an int is returned as it is; zeros keep their sign, NaN and infinities stay",
  examples: [
    { code: "round(2.5)", result: "2.0" },
    { code: "round(-3.7)", result: "-4.0" },
    { code: "round(7)", result: "7" },
  ],
  oracle: (x: any, t) => (t.T === "float" ? roundEven(x) : x),
});
