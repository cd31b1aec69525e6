import { block } from "../block.js";
import { clamp, cps } from "./_util.js";
import { idx, seq } from "./_args.js";

export default block({
  name: "drop",
  aliases: ["skip"],
  sig: ["(xs: [T], n: int) -> [T]", "(s: str, n: int) -> str"],
  types: { T: ["any"] },
  doc: "all but the first n elements (or code points of a string); everything when n <= 0, nothing when n exceeds the length",
  examples: [
    { code: "[1, 2, 3, 4].drop(1)", result: "[2, 3, 4]" },
    { code: "\"héllo\".drop(2)", result: "llo" },
  ],
  oracle: (xs: any[] | string, n: bigint) =>
    typeof xs === "string" ? cps(xs).slice(clamp(n, cps(xs).length)).join("") : xs.slice(clamp(n, xs.length)),
  test: { args: (gen, t, o) => gen.fc.tuple(seq(gen, t, o), idx(gen)) },
});
