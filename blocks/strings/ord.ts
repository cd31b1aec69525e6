import { block, Fault } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "ord",
  aliases: ["codepointat", "charcodeat"],
  sig: "(s: str) -> int",
  sublinear: true,
  doc: "the Unicode code point of the first character of s; an empty s faults (empty)",
  examples: [
    { code: "ord(\"A\")", result: "65" },
    { code: "ord(\"€uro\")", result: "8364" },
  ],
  oracle: (s: string) => {
    if (s === "") throw new Fault("empty");
    return BigInt(s.codePointAt(0)!);
  },
  test: { args: (gen) => gen.fc.tuple(text(gen, 3)) },
});
