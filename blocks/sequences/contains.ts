import { block } from "../block.js";
import { cps, eq } from "./_util.js";
import { arrElem } from "./_args.js";

export default block({
  name: "contains",
  aliases: ["includes", "has"],
  sig: ["(xs: [T], x: T) -> bool", "(s: str, sub: str) -> bool"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "whether some element equals x (floats: NaN matches NaN, -0.0 matches 0.0), or whether sub occurs in s (always, for an empty sub)",
  examples: [
    { code: "[1, 2, 3].contains(2)", result: "true" },
    { code: "\"hello\".contains(\"ell\")", result: "true" },
    { code: "[\"a\"].contains(\"b\")", result: "false" },
  ],
  oracle: (xs: any[] | string, x: any) => (typeof xs === "string" ? xs.includes(x) : xs.some((y) => eq(y, x))),
  test: {
    args: (gen, t, o) => {
      if (o === 0) return arrElem(gen, t);
      const fc = gen.fc;
      return gen.str.chain((s: string) => {
        const c = cps(s);
        return fc.tuple(fc.constant(s), fc.oneof(gen.str, fc.tuple(fc.nat(c.length), fc.nat(c.length)).map(([i, j]: number[]) => c.slice(Math.min(i, j), Math.max(i, j)).join(""))));
      });
    },
  },
});
