import { block } from "../block.js";
import { text } from "./text.js";
import { trimCps } from "./trim.js";

export default block({
  name: "ltrim",
  aliases: ["lstrip", "trimstart", "trimleft"],
  sig: "(s: str) -> str",
  doc: "s without the Unicode whitespace (as trim) at its start",
  examples: [{ code: "\"  hi  \".ltrim.len", result: "4" }],
  oracle: (s: string) => trimCps(s, true, false),
  test: { args: (gen) => gen.fc.tuple(text(gen)) },
});
