import { block } from "../../blocks/block.js";
import { arrElem } from "../../blocks/sequences/_args.js";
import { needle, text } from "../../blocks/strings/text.js";
import { same } from "./_gen.js";

export default block({
  name: "lastindex",
  aliases: ["rindex", "rfind", "lastindexof", "findlastof"],
  sig: ["(xs: [T], x: T) -> int", "(s: str, sub: str) -> int"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the index of the last element equal to x, -1 when there is none; for a string, the code point index where sub last begins (occurrences may overlap, and an empty sub is at the end, as Python's rfind); floats: NaN matches NaN, -0.0 matches 0.0",
  examples: [
    { code: "[1, 2, 1].lastindex(1)", result: "2" },
    { code: "\"abcabc\".lastindex(\"bc\")", result: "4" },
    { code: "[1, 2].lastindex(5)", result: "-1" },
  ],
  oracle: (xs: any, x: any) => {
    if (typeof xs !== "string") { for (let i = xs.length - 1; i >= 0; i--) if (same(xs[i], x)) return BigInt(i); return -1n; }
    const s = Array.from(xs), sub = Array.from(x as string);
    for (let i = s.length - sub.length; i >= 0; i--) if (sub.every((c, j) => s[i + j] === c)) return BigInt(i);
    return -1n;
  },
  test: { args: (gen, t, k) => (k === 0 ? arrElem(gen, t) : text(gen, 12).chain((s: string) => gen.fc.tuple(gen.fc.constant(s), needle(gen, s)))) },
});
