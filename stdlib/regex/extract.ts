import { block } from "../../blocks/block.js";
import findall from "../../blocks/regex/findall.js";

export default block({
  name: "extract",
  aliases: ["refirst", "firstmatch", "matchtext", "searchtext"],
  sig: "(s: str, re: str) -> str",
  doc: "the first match of the regular expression re in s, \"\" when there is none (an empty match looks the same: search tells them apart); pattern syntax and faults as spans",
  examples: [
    { code: "\"order 66 of 70\".extract(\"[0-9]+\")", result: "66" },
    { code: "\"abc\".extract(\"[0-9]+\")", result: "" },
  ],
  oracle: (s: string, re: string, t: any) => { const ms = findall.oracle(s, re, t) as string[]; return ms.length ? ms[0] : ""; },
  test: { args: (gen, t, k) => findall.test!.args!(gen, t, k) },
});
