import { block } from "../../blocks/block.js";
import { idx, seq } from "../../blocks/sequences/_args.js";

export default block({
  name: "lastn",
  aliases: ["takelast", "takeright", "tailn", "takeend"],
  sig: ["(xs: [T], n: int) -> [T]", "(s: str, n: int) -> str"],
  types: { T: ["any"] },
  doc: "the last n elements (or code points of a string), in order: all of them when n exceeds the length, none when n <= 0 (unlike xs[-n:], which gives everything for n = 0)",
  examples: [
    { code: "[1, 2, 3, 4].lastn(2)", result: "[3, 4]" },
    { code: "\"hello\".lastn(0)", result: "" },
  ],
  oracle: (xs: any, n: bigint) => {
    const a = typeof xs === "string" ? Array.from(xs) : xs;
    const k = n <= 0n ? 0 : n >= BigInt(a.length) ? a.length : Number(n);
    const out = a.slice(a.length - k);
    return typeof xs === "string" ? out.join("") : out;
  },
  test: { args: (gen, t, k) => gen.fc.tuple(seq(gen, t, k), idx(gen)) },
});
