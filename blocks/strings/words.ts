import { block } from "../block.js";
import { text, wordsOf } from "./text.js";

export default block({
  name: "words",
  sig: "(s: str) -> [str]",
  doc: "the runs of non-whitespace in s, in order, like Python's s.split(): whitespace is Unicode White_Space (as trim), no empty words, [] for blank s",
  examples: [
    { code: "\"  the quick\\tbrown\\n fox \".words", result: "[\"the\", \"quick\", \"brown\", \"fox\"]" },
    { code: "\"one\".words", result: "[\"one\"]" },
  ],
  oracle: (s: string) => wordsOf(s),
  test: { args: (gen) => gen.fc.tuple(text(gen, 30)) },
});
