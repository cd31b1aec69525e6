import { block } from "../../blocks/block.js";
import { caseWords, fromCps, identifiers } from "../../blocks/strings/text.js";

export default block({
  name: "splitcase",
  aliases: ["casewords", "splitcamel", "decamel", "identifierwords"],
  sig: "(s: str) -> [str]",
  doc: "the words of an identifier or title in their own case, as camel, snake and kebab find them: runs of letters, digits and non-ASCII, split where a capital follows a lower-case letter or digit or ends a run of capitals (\"parseHTTPServer2\" → [\"parse\", \"HTTP\", \"Server2\"]); [] when there are none",
  examples: [
    { code: "\"parseHTTPServer2\".splitcase", result: "[\"parse\", \"HTTP\", \"Server2\"]" },
    { code: "\"snake_case words\".splitcase", result: "[\"snake\", \"case\", \"words\"]" },
  ],
  oracle: (s: string) => caseWords(s).map(fromCps),
  test: { args: (gen) => gen.fc.tuple(identifiers(gen)) },
});
