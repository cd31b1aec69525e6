import { block } from "../../blocks/block.js";
import { cpArr, cpIndex, textNeedle } from "./_args.js";

export default block({
  name: "after",
  aliases: ["substringafter", "afterfirst", "partitiontail"],
  sig: "(s: str, sep: str) -> str",
  doc: "the text after the first sep in s, \"\" when there is none (as Python's partition); all of s for an empty sep",
  examples: [
    { code: "\"key=value=x\".after(\"=\")", result: "value=x" },
    { code: "\"abc\".after(\"z\")", result: "" },
  ],
  oracle: (s: string, sep: string) => { const i = cpIndex(s, sep); return i < 0 ? "" : cpArr(s).slice(i + cpArr(sep).length).join(""); },
  test: { args: (gen) => textNeedle(gen) },
});
