import { block } from "../block.js";
import { cps } from "./_util.js";
import { idx, seq } from "./_args.js";

const rot = (a: any[], k: bigint) => {
  if (!a.length) return [];
  const n = BigInt(a.length), r = Number(((k % n) + n) % n);
  return [...a.slice(r), ...a.slice(0, r)];
};

export default block({
  name: "rotate",
  sig: ["(xs: [T], k: int) -> [T]", "(s: str, k: int) -> str"],
  types: { T: ["any"] },
  doc: "the elements (or code points of a string) rotated left by k, taken modulo the length, so a negative k rotates right; empty stays empty",
  examples: [
    { code: "[1, 2, 3, 4, 5].rotate(2)", result: "[3, 4, 5, 1, 2]" },
    { code: "[1, 2, 3, 4, 5].rotate(-1)", result: "[5, 1, 2, 3, 4]" },
    { code: "\"héllo\".rotate(1)", result: "élloh" },
  ],
  oracle: (xs: any[] | string, k: bigint) => (typeof xs === "string" ? rot(cps(xs), k).join("") : rot(xs, k)),
  test: { args: (gen, t, o) => gen.fc.tuple(seq(gen, t, o), idx(gen)) },
});
