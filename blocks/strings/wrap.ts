import { block, Fault } from "../block.js";
import { text, wordsOf } from "./text.js";

export default block({
  name: "wrap",
  aliases: ["textwrap", "wordwrap"],
  sig: "(s: str, width: int) -> [str]",
  doc: "the words of s (as words) filled greedily into lines of at most width code points, one space between words; a longer word is cut into width-sized pieces; [] for blank s; width < 1 faults (argument)",
  examples: [
    { code: "\"the quick brown fox\".wrap(10)", result: "[\"the quick\", \"brown fox\"]" },
    { code: "\"abcdefgh ij\".wrap(3)", result: "[\"abc\", \"def\", \"gh\", \"ij\"]" },
  ],
  oracle: (s: string, width: bigint) => {
    if (width < 1n) throw new Fault("argument");
    const lines: string[] = [];
    let cur: string[] | undefined;
    let len = 0;
    for (const word of wordsOf(s)) {
      let w = [...word];
      if (cur && BigInt(len + 1 + w.length) <= width) { cur.push(word); len += 1 + w.length; continue; }
      if (cur) lines.push(cur.join(" "));
      while (BigInt(w.length) > width) { lines.push(w.slice(0, Number(width)).join("")); w = w.slice(Number(width)); }
      cur = [w.join("")];
      len = w.length;
    }
    if (cur) lines.push(cur.join(" "));
    return lines;
  },
  test: {
    args: (gen) =>
      gen.fc.tuple(
        gen.fc.oneof(text(gen, 30), gen.fc.array(gen.fc.constantFrom("a", "bb", "ccc", "dddddddd", "é漢😀", " ", "  ", "\n", "\u3000"), { maxLength: 20 }).map((a: string[]) => a.join(""))),
        gen.fc.oneof({ weight: 5, arbitrary: gen.fc.bigInt({ min: -1n, max: 12n }) }, { weight: 1, arbitrary: gen.int }),
      ),
  },
});
