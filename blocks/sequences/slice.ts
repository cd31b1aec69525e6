import { block } from "../block.js";
import { bound, cps } from "./_util.js";
import { seq, sidx } from "./_args.js";

const cut = (a: any[], lo: bigint, hi: bigint) => {
  const i = bound(lo, a.length), j = bound(hi, a.length);
  return a.slice(i, Math.max(i, j));
};

export default block({
  name: "slice",
  aliases: ["substring", "substr"],
  sig: ["(xs: [T], a: int, b: int) -> [T]", "(s: str, a: int, b: int) -> str"],
  types: { T: ["any"] },
  doc: "elements (or code points of a string) from index a up to but not including b, Python-style: negative indexes count from the end, both are clamped to the length, empty when b <= a",
  examples: [
    { code: "[1, 2, 3, 4, 5].slice(1, 3)", result: "[2, 3]" },
    { code: "[1, 2, 3, 4, 5].slice(-2, 99)", result: "[4, 5]" },
    { code: "\"héllo\".slice(1, -1)", result: "éll" },
  ],
  oracle: (xs: any[] | string, a: bigint, b: bigint) => (typeof xs === "string" ? cut(cps(xs), a, b).join("") : cut(xs, a, b)),
  test: { args: (gen, t, o) => gen.fc.tuple(seq(gen, t, o), sidx(gen), sidx(gen)) },
});
