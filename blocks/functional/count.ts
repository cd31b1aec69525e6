import { block } from "../block.js";
import { anyEq, listAndMember } from "../dynamic/_any.js";


export default block({
  name: "count",
  sig: ["(xs: [E], x: E) -> int", "(xs: [T], f: T => bool) -> int", "(s: str, sub: str) -> int", "(xs: [any], x: any) -> int"],
  types: { E: ["int", "float", "str", "bool"], T: ["any"] },
  doc: "how many elements == x (floats by IEEE ==: NaN matches nothing, 0.0 matches -0.0); or how many elements f is true for; or, for strings, the non-overlapping occurrences of sub in s, left to right (an empty sub counts code points + 1, as in Python); over anys, how many elements equal x (1 equals 1.0)",
  examples: [
    { code: "[1, 2, 1].count(1)", result: "2" },
    { code: "[1, 2, 3].count(_ > 1)", result: "2" },
    { code: "\"banana\".count(\"an\")", result: "2" },
    { code: "\"aaaa\".count(\"aa\")", result: "2" },
    { code: "[1, \"a\", 1.0].count(1)", result: "2" },
  ],
  oracle: (...args: any[]) => {
    const [a, b, inst] = args;
    if (Array.isArray(a) && typeof b !== "function" && !inst.E) return BigInt(a.filter((y) => anyEq(y, b)).length);
    if (typeof a === "string") {
      if (b === "") return BigInt([...a].length + 1);
      let c = 0n;
      for (let i = a.indexOf(b); i >= 0; i = a.indexOf(b, i + b.length)) c++;
      return c;
    }
    return BigInt((a as any[]).filter(typeof b === "function" ? (y) => b(y) : (y) => y === b).length);
  },
  test: {
    args: (gen, inst, overload) => {
      const fc = gen.fc;
      if (overload === 0) {
        const el = gen.of({ kind: inst.E });
        return fc.oneof(
          fc.tuple(gen.array(el), el),
          gen.array(el).filter((xs: unknown[]) => xs.length > 0).chain((xs: unknown[]) => fc.tuple(fc.constant(xs), fc.constantFrom(...xs))),
        );
      }
      if (overload === 1) return fc.tuple(gen.array(gen.lane(inst.T)), fc.constant(null));
      if (overload === 3) return listAndMember(gen);
      const cps = (s: string) => [...s];
      const ab = (max: number) => fc.array(fc.constantFrom("a", "b", "é", "😀"), { maxLength: max }).map((a: string[]) => a.join(""));
      return fc.oneof(
        fc.tuple(gen.str, gen.str),
        fc.tuple(ab(16), ab(4)),
        // overlapping candidates, where a count that restarts wrongly after a match shows
        fc.tuple(fc.array(fc.constantFrom("a", "b"), { maxLength: 20, size: "max" }).map((a: string[]) => a.join("")), fc.constantFrom("aa", "aaa", "ab", "aba", "abab", "bab", "aab")),
        // sub taken from s, by code points so that it stays valid UTF-8
        gen.str.chain((s: string) =>
          fc.tuple(fc.nat(cps(s).length), fc.nat(cps(s).length)).map(([i, j]: number[]) => [s, cps(s).slice(Math.min(i, j), Math.max(i, j)).join("")])),
      );
    },
  },
});
