import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "numeric",
  aliases: ["isdigit", "isnumeric", "isdecimal"],
  sig: "(s: str) -> bool",
  doc: "whether s is non-empty and all ASCII digits 0-9 (no sign, point or other scripts' digits)",
  examples: [
    { code: "\"2024\".numeric", result: "true" },
    { code: "\"-1\".numeric", result: "false" },
  ],
  oracle: (s: string) => /^[0-9]+$/.test(s),
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(text(gen, 10), gen.fc.array(gen.fc.constantFrom("0", "1", "5", "9"), { maxLength: 40 }).chain((a: string[]) =>
        gen.fc.tuple(gen.fc.constant(a), gen.fc.nat(a.length), gen.fc.constantFrom("", "", "/", ":", " ", "-", "٣", "²", "a"))
          .map(([a, i, x]: [string[], number, string]) => [...a.slice(0, i), x, ...a.slice(i)].join(""))))),
  },
});
