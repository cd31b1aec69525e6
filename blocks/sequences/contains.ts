import { block, Fault, type Value } from "../block.js";
import { anyEq, isHeld, listAndMember } from "../dynamic/_any.js";
import { cps, eq } from "./_util.js";
import { arrElem } from "./_args.js";

export default block({
  name: "contains",
  aliases: ["includes", "has"],
  sig: ["(xs: [T], x: T) -> bool", "(s: str, sub: str) -> bool", "(xs: [any], x: any) -> bool", "(x: any, v: any) -> bool"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether some element equals x (floats: NaN matches NaN, -0.0 matches 0.0), or whether sub occurs in s (always, for an empty sub); over anys, Python's `in`: an equal element of a list (1 equals 1.0), a key of a dict, a substring of a str (faults type when v is not one)",
  examples: [
    { code: "[1, 2, 3].contains(2)", result: "true" },
    { code: "\"hello\".contains(\"ell\")", result: "true" },
    { code: "[\"a\"].contains(\"b\")", result: "false" },
    { code: "2.0 in [1, \"a\", 2]", result: "true" },
  ],
  oracle: (xs: any, x: any, inst: Record<string, string>) => {
    if (!inst.T) return anyIn(xs, x);
    return typeof xs === "string" ? xs.includes(x) : xs.some((y: any) => eq(y, x));
  },
  test: {
    args: (gen, t, o) => {
      if (o === 0) return arrElem(gen, t);
      const fc = gen.fc;
      if (o === 2) return listAndMember(gen);
      // a value often taken from the list, dict or str looked in
      if (o === 3) return gen.of({ kind: "any" }).chain((x: Value) => fc.tuple(fc.constant(x), fc.oneof(gen.of({ kind: "any" }), ...inside(fc, x))));
      return gen.str.chain((s: string) => {
        const c = cps(s);
        return fc.tuple(fc.constant(s), fc.oneof(gen.str, fc.tuple(fc.nat(c.length), fc.nat(c.length)).map(([i, j]: number[]) => c.slice(Math.min(i, j), Math.max(i, j)).join(""))));
      });
    },
  },
});

/** Python's `v in x` over anys (the third and fourth overloads: a list's elements, a dict's keys, a str's substrings). */
function anyIn(x: Value, v: Value): boolean {
  if (Array.isArray(x)) return x.some((y) => anyEq(y, v));
  if (x instanceof Map) return typeof v === "string" && x.has(v);
  if (!isHeld(x, ["str"]) || !isHeld(v, ["str"])) throw new Fault("type");
  return (x as string).includes(v as string);
}

/** Values inside x: its elements, its keys, a piece of it. */
function inside(fc: any, x: Value): any[] {
  if (Array.isArray(x)) return x.length ? [fc.constantFrom(...x)] : [];
  if (x instanceof Map) return x.size ? [fc.constantFrom(...x.keys())] : [];
  return typeof x === "string" ? [fc.nat(cps(x).length).map((i: number) => cps(x).slice(i).join(""))] : [];
}
