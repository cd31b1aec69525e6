import { block } from "../../blocks/block.js";
import { cpArr, cpLastIndex, textNeedle } from "./_args.js";

export default block({
  name: "beforelast",
  aliases: ["substringbeforelast", "rpartitionhead"],
  sig: "(s: str, sep: str) -> str",
  doc: "the text before the last sep in s, all of s when there is none (Python's rpartition gives \"\" there): \"a.tar.gz\".beforelast(\".\") is \"a.tar\"; s for an empty sep",
  examples: [
    { code: "\"a.tar.gz\".beforelast(\".\")", result: "a.tar" },
    { code: "\"abc\".beforelast(\"z\")", result: "abc" },
  ],
  oracle: (s: string, sep: string) => { const i = cpLastIndex(s, sep); return i < 0 ? s : cpArr(s).slice(0, i).join(""); },
  test: { args: (gen) => textNeedle(gen) },
});
