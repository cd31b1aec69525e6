import { block } from "../../blocks/block.js";
import { cpArr, cpIndex, textNeedle } from "./_args.js";

export default block({
  name: "before",
  aliases: ["substringbefore", "beforefirst", "partitionhead", "upto"],
  sig: "(s: str, sep: str) -> str",
  doc: "the text of s before the first occurrence of sep, or all of s when sep does not occur (Python's s.partition(sep)[0]); \"\" for an empty sep",
  examples: [
    { code: "\"key=value=x\".before(\"=\")", result: "key" },
    { code: "\"abc\".before(\"z\")", result: "abc" },
  ],
  oracle: (s: string, sep: string) => { const i = cpIndex(s, sep); return i < 0 ? s : cpArr(s).slice(0, i).join(""); },
  test: { args: (gen) => textNeedle(gen) },
});
