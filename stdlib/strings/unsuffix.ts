import { block } from "../../blocks/block.js";
import { cpArr, textNeedle } from "./_args.js";

export default block({
  name: "unsuffix",
  aliases: ["removesuffix", "trimsuffix", "chopsuffix", "stripsuffix"],
  sig: "(s: str, suffix: str) -> str",
  doc: "s without suffix when it ends with it, else s unchanged (Python's str.removesuffix): one copy is removed, not every repeat",
  examples: [
    { code: "\"file.txt\".unsuffix(\".txt\")", result: "file" },
    { code: "\"abc\".unsuffix(\"b\")", result: "abc" },
  ],
  oracle: (s: string, p: string) => (s.endsWith(p) ? cpArr(s).slice(0, cpArr(s).length - cpArr(p).length).join("") : s),
  test: { args: (gen) => textNeedle(gen) },
});
