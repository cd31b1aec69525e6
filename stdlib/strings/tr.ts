import { block, Fault } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "tr",
  aliases: ["translate", "maketrans", "transliterate", "mapchars"],
  sig: "(s: str, src: str, dst: str) -> str",
  doc: "s with each code point that occurs in src replaced by the one at the same position in dst (Unix tr, Python's s.translate(str.maketrans(src, dst))); a code point repeated in src maps as its first place says; faults (argument) unless src and dst have the same length",
  examples: [
    { code: "\"hello\".tr(\"el\", \"ip\")", result: "hippo" },
    { code: "\"abc\".tr(\"\", \"\")", result: "abc" },
  ],
  oracle: (s: string, src: string, dst: string) => {
    const from = Array.from(src), to = Array.from(dst);
    if (from.length !== to.length) throw new Fault("argument");
    return Array.from(s).map((c) => { const i = from.indexOf(c); return i < 0 ? c : to[i]; }).join("");
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const set = fc.array(fc.constantFrom("a", "b", "é", "漢", " ", "😀"), { maxLength: 4 });
      return fc.tuple(text(gen, 10), set, set, fc.boolean()).map(([s, a, b, even]: [string, string[], string[], boolean]) => [s, a.join(""), (even ? [...b, ...a].slice(0, a.length) : b).join("")]);
    },
  },
});
