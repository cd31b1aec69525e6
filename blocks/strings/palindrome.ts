import { block } from "../block.js";
import { cps, text } from "./text.js";

export default block({
  name: "palindrome",
  aliases: ["ispalindrome"],
  sig: "(s: str) -> bool",
  doc: "whether s equals its reverse by code points, exactly (case, spaces and punctuation count); \"\" is one",
  examples: [
    { code: "\"racecar\".palindrome", result: "true" },
    { code: "\"Racecar\".palindrome", result: "false" },
  ],
  oracle: (s: string) => {
    const c = cps(s);
    return c.every((x, i) => x === c[c.length - 1 - i]);
  },
  test: {
    args: (gen) =>
      gen.fc.tuple(gen.fc.oneof(
        text(gen),
        text(gen, 6).map((s: string) => s + [...s].reverse().join("")),
        gen.fc.tuple(text(gen, 6), text(gen, 1)).map(([s, m]: [string, string]) => s + [...m][0] + [...s].reverse().join("")),
      )),
  },
});
