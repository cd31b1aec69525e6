import { block } from "../../blocks/block.js";
import { cpArr, cpLastIndex, textNeedle } from "./_args.js";

export default block({
  name: "afterlast",
  aliases: ["substringafterlast", "rpartitiontail"],
  sig: "(s: str, sep: str) -> str",
  doc: "the text after the last sep in s, \"\" when there is none: \"a.tar.gz\".afterlast(\".\") is \"gz\" (as Python's rpartition); \"\" for an empty sep",
  examples: [
    { code: "\"a.tar.gz\".afterlast(\".\")", result: "gz" },
    { code: "\"abc\".afterlast(\"z\")", result: "" },
  ],
  oracle: (s: string, sep: string) => { const i = cpLastIndex(s, sep); return i < 0 ? "" : cpArr(s).slice(i + cpArr(sep).length).join(""); },
  test: { args: (gen) => textNeedle(gen) },
});
