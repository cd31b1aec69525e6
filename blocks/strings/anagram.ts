import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "anagram",
  aliases: ["isanagram"],
  sig: "(a: str, b: str) -> bool",
  doc: "whether a and b hold the same code points the same number of times, in any order (case, spaces and punctuation count)",
  examples: [
    { code: "\"listen\".anagram(\"silent\")", result: "true" },
    { code: "\"aab\".anagram(\"abb\")", result: "false" },
  ],
  oracle: (a: string, b: string) => [...a].sort().join("") === [...b].sort().join(""),
  test: {
    args: (gen) =>
      gen.fc.oneof(
        gen.fc.tuple(text(gen, 8), text(gen, 8)),
        text(gen, 10).chain((s: string) =>
          gen.fc.tuple(gen.fc.constant(s), gen.fc.shuffledSubarray([...s], { minLength: [...s].length, maxLength: [...s].length }).map((a: string[]) => a.join("")))),
        gen.fc.constantFrom(["éļ", "üĩ"], ["ab", "ba"], ["é", "e\u0301"], ["😀😁", "😁😀"]),
      ),
  },
});
