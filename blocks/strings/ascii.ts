import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "ascii",
  aliases: ["isascii"],
  sig: "(s: str) -> bool",
  doc: "whether every code point of s is below 128; true for \"\"",
  examples: [
    { code: "\"hello!\".ascii", result: "true" },
    { code: "\"naïve\".ascii", result: "false" },
  ],
  oracle: (s: string) => [...s].every((c) => c.codePointAt(0)! < 128),
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(text(gen, 10), gen.fc.string({ maxLength: 40 }), gen.fc.tuple(gen.fc.string({ maxLength: 40 }), gen.fc.nat(40), gen.fc.constantFrom("é", "\u0080", "😀"))
        .map(([s, i, x]: [string, number, string]) => s.slice(0, i) + x + s.slice(i)))),
  },
});
