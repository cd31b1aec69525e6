import { block } from "../block.js";
import { caseWords, fromCps, identifiers, loCp } from "./text.js";

export default block({
  name: "snake",
  aliases: ["snakecase", "underscore"],
  sig: "(s: str) -> str",
  doc: "s as snake_case: its words in lower case joined by \"_\"; words are runs of letters, digits and non-ASCII non-whitespace (anything else separates), split where a capital follows a lower-case letter or digit (\"fooBar\") or ends a run of capitals before a lower-case letter (\"HTTPServer\")",
  examples: [
    { code: "\"helloWorld\".snake", result: "hello_world" },
    { code: "\"HTTPServer error-code\".snake", result: "http_server_error_code" },
  ],
  oracle: (s: string) => caseWords(s).map((w) => fromCps(w.map(loCp))).join("_"),
  test: { args: (gen) => gen.fc.tuple(identifiers(gen)) },
});
