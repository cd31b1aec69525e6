import { block } from "../block.js";
import { clamp, cps } from "./_util.js";
import { idx, seq } from "./_args.js";

export default block({
  name: "take",
  aliases: ["limit"],
  sig: ["(xs: [T], n: int) -> [T]", "(s: str, n: int) -> str"],
  types: { T: ["any"] },
  doc: "the first n elements (or code points of a string); all of them when n exceeds the length, none when n <= 0",
  examples: [
    { code: "[1, 2, 3, 4].take(2)", result: "[1, 2]" },
    { code: "\"héllo\".take(2)", result: "hé" },
  ],
  oracle: (xs: any[] | string, n: bigint) =>
    typeof xs === "string" ? cps(xs).slice(0, clamp(n, cps(xs).length)).join("") : xs.slice(0, clamp(n, xs.length)),
  test: { args: (gen, t, o) => gen.fc.tuple(seq(gen, t, o), idx(gen)) },
});
