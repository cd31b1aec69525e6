import { block } from "../block.js";
import { cps, isLetter, text } from "./text.js";

export default block({
  name: "alpha",
  aliases: ["isalpha", "isletter"],
  sig: "(s: str) -> bool",
  doc: "whether s is non-empty and all letters; letters are A-Z a-z, À-ÿ except × ÷, Latin Extended-A (U+0100-017F), basic Greek (U+0386-03CE) and Cyrillic (U+0400-045F)",
  examples: [
    { code: "\"Café\".alpha", result: "true" },
    { code: "\"abc1\".alpha", result: "false" },
  ],
  oracle: (s: string) => s !== "" && cps(s).every(isLetter),
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(text(gen, 20), gen.fc.array(gen.fc.constantFrom("a", "Z", "é", "ÿ", "Ж", "ω", "Ŋ", "x", "Q"), { maxLength: 40 }).chain((a: string[]) =>
        gen.fc.tuple(gen.fc.constant(a), gen.fc.nat(a.length), gen.fc.constantFrom("", "1", " ", "×", "@", "[", "`", "{", "漢", "ƀ", "·"))
          .map(([a, i, x]: [string[], number, string]) => [...a.slice(0, i), x, ...a.slice(i)].join(""))))),
  },
});
