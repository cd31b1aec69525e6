import { block } from "../../blocks/block.js";
import title from "../../blocks/strings/title.js";
import { identifiers, loCp, mapCps } from "../../blocks/strings/text.js";

export default block({
  name: "istitle",
  aliases: ["istitlecase", "titlecased"],
  sig: "(s: str) -> bool",
  doc: "whether s is already in title case and has a letter upper case: every run of letters starts upper case and goes on lower case (as title makes it; Python's str.istitle); false for \"\" and text without letters",
  examples: [
    { code: "\"Hello World\".istitle", result: "true" },
    { code: "\"Hello world\".istitle", result: "false" },
  ],
  oracle: (s: string) => title.oracle(s, {}) === s && mapCps(s, loCp) !== s,
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(identifiers(gen), gen.fc.constantFrom("Hello World", "It'S", "A1b", "ß", "ÀB", "Σίσυφος", "Abc Def-Ghi"))) },
});
