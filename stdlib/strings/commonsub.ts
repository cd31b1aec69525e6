import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "commonsub",
  aliases: ["lcsubstr", "longestcommonsubstring", "commonsubstring", "lcsubstring"],
  sig: "(a: str, b: str) -> str",
  doc: "the longest run of code points that a and b both contain, the first one in a when several are as long; \"\" when they share none (lcs counts a subsequence, which need not be contiguous)",
  examples: [
    { code: "\"xabcdy\".commonsub(\"zabcw\")", result: "abc" },
    { code: "\"ab\".commonsub(\"cd\")", result: "" },
  ],
  oracle: (a: string, b: string) => {
    const x = Array.from(a), y = Array.from(b);
    let best = 0, end = 0;
    for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
      if (k > best || (k === best && k > 0 && i + k < end)) { best = k; end = i + k; }
    }
    return x.slice(end - best, end).join("");
  },
  test: { args: (gen) => { const s = gen.fc.array(gen.fc.constantFrom("a", "b", "c", "é", "漢"), { maxLength: 14 }).map((x: string[]) => x.join("")); return gen.fc.tuple(s, s); } },
});
