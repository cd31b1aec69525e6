import { block, type Value } from "../block.js";
import { anyEq, listAndMember } from "../dynamic/_any.js";
import { cps, eq } from "./_util.js";
import { arrElem } from "./_args.js";

/** The code point index of the first occurrence of sub in s, or -1. */
function find(s: string, sub: string): bigint {
  const at = s.indexOf(sub);
  return at < 0 ? -1n : BigInt(cps(s.slice(0, at)).length);
}

export default block({
  name: "index",
  aliases: ["indexof"],
  sig: ["(xs: [T], x: T) -> int", "(s: str, sub: str) -> int", "(xs: [any], x: any) -> int"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the index of the first element equal to x, -1 when there is none; for a string, the code point index where sub first begins (an empty sub at 0); floats: NaN matches NaN, -0.0 matches 0.0; over anys 1 equals 1.0",
  examples: [
    { code: "[5, 7, 5].index(5)", result: "0" },
    { code: "[5, 7].index(9)", result: "-1" },
    { code: "\"héllo\".index(\"llo\")", result: "2" },
    { code: "[1, \"a\"].index(\"a\")", result: "1" },
  ],
  oracle: (xs: any[] | string, x: any, inst: Record<string, string>) =>
    typeof xs === "string" ? find(xs, x) : BigInt(xs.findIndex(inst.T ? (y) => eq(y, x) : (y: Value) => anyEq(y, x))),
  test: {
    args: (gen, t, o) => {
      if (o === 0) return arrElem(gen, t);
      if (o === 2) return listAndMember(gen);
      const fc = gen.fc;
      // a substring of s (by code points) or anything, and repetitive text that defeats naive search
      const sub = gen.str.chain((s: string) => {
        const c = cps(s);
        return fc.tuple(fc.constant(s), fc.oneof(gen.str, fc.tuple(fc.nat(c.length), fc.nat(c.length)).map(([i, j]: number[]) => c.slice(Math.min(i, j), Math.max(i, j)).join(""))));
      });
      const rep = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom("a", "é", "😀"), fc.constantFrom("b", "a", "")).map(
        ([n, m, c, d]: [number, number, string, string]) => [c.repeat(n) + d + c.repeat(n), c.repeat(m) + d]);
      return fc.oneof({ weight: 3, arbitrary: sub }, { weight: 1, arbitrary: rep });
    },
  },
});
