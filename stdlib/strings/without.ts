import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";
import { dupArr, dupElem, same } from "../sequences/_gen.js";

export default block({
  name: "without",
  aliases: ["removeall", "deleteall", "exclude", "stripchars", "deletechars"],
  sig: ["(xs: [T], x: T) -> [T]", "(s: str, chars: str) -> str"],
  types: { T: ["int", "float", "str", "bool"] },
  doc: "xs without any element equal to x (floats: NaN matches NaN, -0.0 matches 0.0), or s without any code point that occurs in chars (Python's s.translate with those deleted); the rest keep their order",
  examples: [
    { code: "[1, 2, 1, 3].without(1)", result: "[2, 3]" },
    { code: "\"hello world\".without(\"lo\")", result: "he wrd" },
  ],
  oracle: (xs: any, x: any) => (typeof xs === "string" ? Array.from(xs).filter((c) => !Array.from(x as string).includes(c)).join("") : xs.filter((y: any) => !same(y, x))),
  test: { args: (gen, t, k) => (k === 0 ? gen.fc.tuple(dupArr(gen, t), dupElem(gen, t.T)) : gen.fc.tuple(text(gen, 12), text(gen, 3))) },
});
