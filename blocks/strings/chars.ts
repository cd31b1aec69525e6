import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "chars",
  aliases: ["characters", "codepoints"],
  sig: "(s: str) -> [str]",
  doc: "the code points of s as one-character strings, in order (a combining mark or emoji modifier is its own character); [] for \"\"",
  examples: [
    { code: "\"héllo\".chars", result: "[\"h\", \"é\", \"l\", \"l\", \"o\"]" },
    { code: "\"a😀\".chars", result: "[\"a\", \"😀\"]" },
  ],
  oracle: (s: string) => [...s],
  test: { args: (gen) => gen.fc.tuple(text(gen, 30)) },
});
