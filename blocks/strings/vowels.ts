import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "vowels",
  sig: "(s: str) -> int",
  doc: "how many of the characters of s are a, e, i, o or u in either case (ASCII only: é and y do not count)",
  examples: [
    { code: "\"Hello World\".vowels", result: "3" },
    { code: "\"AEIOU aeiou\".vowels", result: "10" },
  ],
  oracle: (s: string) => BigInt((s.match(/[aeiou]/gi) ?? []).length),
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(text(gen, 30), gen.fc.string({ maxLength: 60 }))) },
});
