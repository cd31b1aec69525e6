import { block } from "../../blocks/block.js";
import { cpArr, cpIndex, textNeedle } from "./_args.js";

export default block({
  name: "before",
  aliases: ["substringbefore", "beforefirst", "partitionhead", "upto"],
  sig: "(s: str, sep: str) -> str",
  doc: "the text before the first sep in s, all of s when there is none (as Python's partition); \"\" for an empty sep",
  examples: [
    { code: "\"key=value=x\".before(\"=\")", result: "key" },
    { code: "\"abc\".before(\"z\")", result: "abc" },
  ],
  oracle: (s: string, sep: string) => { const i = cpIndex(s, sep); return i < 0 ? s : cpArr(s).slice(0, i).join(""); },
  test: { args: (gen) => textNeedle(gen) },
});
