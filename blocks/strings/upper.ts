import { block } from "../block.js";
import { mapCps, text, upCp } from "./text.js";

export default block({
  name: "upper",
  aliases: ["toupper", "uppercase", "touppercase"],
  sig: "(s: str) -> str",
  doc: "s with each letter in upper case by one-to-one mapping: a-z, à-þ (not ÷), ÿ→Ÿ, Latin Extended-A pairs (not ı ĸ ŉ ſ), basic Greek (ς→Σ) and Cyrillic; others (ß, µ, CJK …) unchanged",
  examples: [
    { code: "\"Hello, World\".upper", result: "HELLO, WORLD" },
    { code: "\"straße café\".upper", result: "STRAßE CAFÉ" },
  ],
  oracle: (s: string) => mapCps(s, upCp),
  test: { args: (gen) => gen.fc.tuple(text(gen, 40)) },
});
