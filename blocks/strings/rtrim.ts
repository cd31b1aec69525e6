import { block } from "../block.js";
import { text } from "./text.js";
import { trimCps } from "./trim.js";

export default block({
  name: "rtrim",
  aliases: ["rstrip", "trimend", "trimright"],
  sig: "(s: str) -> str",
  doc: "s without the Unicode whitespace (as trim) at its end",
  examples: [{ code: "\"  hi  \".rtrim.len", result: "4" }],
  oracle: (s: string) => trimCps(s, false, true),
  test: { args: (gen) => gen.fc.tuple(text(gen)) },
});
