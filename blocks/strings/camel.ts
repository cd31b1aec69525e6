import { block } from "../block.js";
import { caseWords, fromCps, identifiers, loCp, upCp } from "./text.js";

export default block({
  name: "camel",
  aliases: ["camelcase"],
  sig: "(s: str) -> str",
  doc: "s as camelCase: its words (as snake finds them) joined, the first in lower case and each other with its first code point upper case and the rest lower",
  examples: [
    { code: "\"hello_world\".camel", result: "helloWorld" },
    { code: "\"XML http-request\".camel", result: "xmlHttpRequest" },
  ],
  oracle: (s: string) => caseWords(s).map((w, i) => fromCps(w.map((c, j) => (i > 0 && j === 0 ? upCp(c) : loCp(c))))).join(""),
  test: { args: (gen) => gen.fc.tuple(identifiers(gen)) },
});
