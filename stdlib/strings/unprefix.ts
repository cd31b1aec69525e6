import { block } from "../../blocks/block.js";
import { cpArr, textNeedle } from "./_args.js";

export default block({
  name: "unprefix",
  aliases: ["removeprefix", "trimprefix", "chopprefix", "stripprefix"],
  sig: "(s: str, prefix: str) -> str",
  doc: "s without prefix when it starts with it, else s unchanged (Python's str.removeprefix): one copy is removed, not every repeat",
  examples: [
    { code: "\"unhappy\".unprefix(\"un\")", result: "happy" },
    { code: "\"abc\".unprefix(\"b\")", result: "abc" },
  ],
  oracle: (s: string, p: string) => (s.startsWith(p) ? cpArr(s).slice(cpArr(p).length).join("") : s),
  test: { args: (gen) => textNeedle(gen) },
});
