import { block } from "../block.js";
import { cps, isDigit, isLetter, text } from "./text.js";

export default block({
  name: "alnum",
  aliases: ["isalnum", "alphanumeric"],
  sig: "(s: str) -> bool",
  doc: "whether s is non-empty and all letters (as alpha) or ASCII digits 0-9",
  examples: [
    { code: "\"abc123\".alnum", result: "true" },
    { code: "\"abc 123\".alnum", result: "false" },
  ],
  oracle: (s: string) => s !== "" && cps(s).every((c) => isLetter(c) || isDigit(c)),
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(text(gen, 20), gen.fc.array(gen.fc.constantFrom("a", "Z", "0", "9", "é", "Ж", "5"), { maxLength: 40 }).chain((a: string[]) =>
        gen.fc.tuple(gen.fc.constant(a), gen.fc.nat(a.length), gen.fc.constantFrom("", "/", ":", " ", "@", "[", "`", "{", "²", "漢"))
          .map(([a, i, x]: [string[], number, string]) => [...a.slice(0, i), x, ...a.slice(i)].join(""))))),
  },
});
