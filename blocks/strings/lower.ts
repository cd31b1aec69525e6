import { block } from "../block.js";
import { loCp, mapCps, text } from "./text.js";

export default block({
  name: "lower",
  aliases: ["tolower", "lowercase", "tolowercase"],
  sig: "(s: str) -> str",
  doc: "s with each letter in lower case by one-to-one mapping: A-Z, À-Þ (not ×), Ÿ→ÿ, Latin Extended-A pairs (not İ), basic Greek and Cyrillic; others unchanged",
  examples: [
    { code: "\"Hello, World\".lower", result: "hello, world" },
    { code: "\"ÉCOLE ΣΟΦΙΑ\".lower", result: "école σοφια" },
  ],
  oracle: (s: string) => mapCps(s, loCp),
  test: { args: (gen) => gen.fc.tuple(text(gen, 40)) },
});
