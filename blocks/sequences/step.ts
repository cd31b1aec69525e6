import { block, Fault } from "../block.js";
import { idx, seq } from "./_args.js";
import { cps } from "./_util.js";

export default block({
  name: "step",
  aliases: ["stride", "nth"],
  sig: ["(xs: [T], k: int) -> [T]", "(s: str, k: int) -> str"],
  types: { T: ["any"] },
  doc: "every k-th element (or code point of a string) starting with the first (indexes 0, k, 2k, ...), like Python's xs[::k], which is also Ideo syntax; faults argument when k <= 0",
  examples: [
    { code: "[1, 2, 3, 4, 5].step(2)", result: "[1, 3, 5]" },
    { code: "[\"a\", \"b\", \"c\"].step(5)", result: "[\"a\"]" },
    { code: "\"héllo wörld\".step(2)", result: "hlowrd" },
  ],
  oracle: (xs: any[] | string, k: bigint) => {
    if (k <= 0n) throw new Fault("argument");
    const every = (ys: any[]) => ys.filter((_, i) => BigInt(i) % k === 0n);
    return typeof xs === "string" ? every(cps(xs)).join("") : every(xs);
  },
  test: { args: (gen, t, o) => gen.fc.tuple(seq(gen, t, o), idx(gen)) },
});
