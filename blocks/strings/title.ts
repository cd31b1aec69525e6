import { block } from "../block.js";
import { cps, fromCps, isLetter, loCp, text, upCp } from "./text.js";

export default block({
  name: "title",
  aliases: ["titlecase", "totitle"],
  sig: "(s: str) -> str",
  doc: "s with each letter that starts a run of letters in upper case and the other letters in lower case, like Python's str.title (letters as in alpha: \"it's\" → \"It'S\")",
  examples: [
    { code: "\"hello wORLD\".title", result: "Hello World" },
    { code: "\"jean-luc o'neil\".title", result: "Jean-Luc O'Neil" },
  ],
  oracle: (s: string) => {
    let inWord = false;
    return fromCps(cps(s).map((c) => {
      if (!isLetter(c)) { inWord = false; return c; }
      const r = inWord ? loCp(c) : upCp(c);
      inWord = true;
      return r;
    }));
  },
  test: { args: (gen) => gen.fc.tuple(text(gen, 40)) },
});
