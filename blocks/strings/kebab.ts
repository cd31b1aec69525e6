import { block } from "../block.js";
import { caseWords, fromCps, identifiers, loCp } from "./text.js";

export default block({
  name: "kebab",
  aliases: ["kebabcase", "dasherize"],
  sig: "(s: str) -> str",
  doc: "s as kebab-case: its words (as snake finds them) in lower case joined by \"-\"",
  examples: [
    { code: "\"helloWorld\".kebab", result: "hello-world" },
    { code: "\"Foo Bar_baz\".kebab", result: "foo-bar-baz" },
  ],
  oracle: (s: string) => caseWords(s).map((w) => fromCps(w.map(loCp))).join("-"),
  test: { args: (gen) => gen.fc.tuple(identifiers(gen)) },
});
