import { block } from "../block.js";
import { cps, fromCps, isLetter, text } from "./text.js";

export default block({
  name: "letters",
  sig: "(s: str) -> str",
  doc: "s with only its letters kept, in order (letters as in alpha: ASCII, Latin-1, Latin Extended-A, basic Greek and Cyrillic)",
  examples: [
    { code: "\"R2-D2 & C-3PO\".letters", result: "RDCPO" },
    { code: "\"Ça va?\".letters", result: "Çava" },
  ],
  oracle: (s: string) => fromCps(cps(s).filter(isLetter)),
  test: { args: (gen) => gen.fc.tuple(text(gen, 30)) },
});
