import { block } from "../../blocks/block.js";
import { cpArr, cpLastIndex, textNeedle } from "./_args.js";

export default block({
  name: "beforelast",
  aliases: ["substringbeforelast", "rpartitionhead"],
  sig: "(s: str, sep: str) -> str",
  doc: "the text of s before the last occurrence of sep (\"a.tar.gz\".beforelast(\".\") is \"a.tar\"), or all of s when sep does not occur (Python's s.rpartition(sep)[0] is \"\" there instead); s for an empty sep",
  examples: [
    { code: "\"a.tar.gz\".beforelast(\".\")", result: "a.tar" },
    { code: "\"abc\".beforelast(\"z\")", result: "abc" },
  ],
  oracle: (s: string, sep: string) => { const i = cpLastIndex(s, sep); return i < 0 ? s : cpArr(s).slice(0, i).join(""); },
  test: { args: (gen) => textNeedle(gen) },
});
