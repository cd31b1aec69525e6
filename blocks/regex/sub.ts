import { block } from "../block.js";
import { subjectPattern } from "./_args.js";
import { SYNTAX } from "./_doc.js";
import { subOf } from "./_util.js";

export default block({
  name: "sub",
  aliases: ["resub", "gsub", "regexreplace", "rereplace", "replacere"],
  sig: "(s: str, re: str, repl: str) -> str",
  doc: `s with every non-overlapping match of the regular expression re (the matches findall reports) replaced by repl, taken literally (no group references: \\1 and $1 are plain text), like Python's re.sub; replace is the literal-text version. ${SYNTAX}`,
  examples: [
    { code: "\"a  b   c\".sub(\" +\", \" \")", result: "a b c" },
    { code: "\"2024-01-31\".sub(\"\\\\d\", \"#\")", result: "####-##-##" },
  ],
  oracle: (s: string, re: string, repl: string) => subOf(s, re, repl),
  test: {
    args: (gen) =>
      subjectPattern(gen).chain(([s, re]: [string, string]) =>
        gen.fc.tuple(gen.fc.constant(s), gen.fc.constant(re), gen.fc.oneof(gen.fc.constantFrom("", "X", "<>", "é", "😀😀", "$&", "\\1", "$1"), gen.str))),
  },
});
