import { block } from "../../blocks/block.js";
import { loCp, mapCps, text, upCp } from "../../blocks/strings/text.js";

export default block({
  name: "islower",
  aliases: ["islowercase", "alllower"],
  sig: "(s: str) -> bool",
  doc: "whether s has at least one lower-case letter and no upper-case one, letters being those upper and lower map (Python's str.islower); false for \"\" and for text without letters (\"123\")",
  examples: [
    { code: "\"abc 1\".islower", result: "true" },
    { code: "\"aBc\".islower", result: "false" },
    { code: "\"123\".islower", result: "false" },
  ],
  oracle: (s: string) => mapCps(s, loCp) === s && mapCps(s, upCp) !== s,
  test: { args: (gen) => gen.fc.tuple(text(gen, 40)) },
});
