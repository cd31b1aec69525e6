import { block } from "../../blocks/block.js";
import { loCp, mapCps, text, upCp } from "../../blocks/strings/text.js";

export default block({
  name: "isupper",
  aliases: ["isuppercase", "allupper"],
  sig: "(s: str) -> bool",
  doc: "whether s has at least one upper-case letter and no lower-case one, letters being those upper and lower map (Python's str.isupper); false for \"\" and for text without letters (\"123\")",
  examples: [
    { code: "\"ABC 1\".isupper", result: "true" },
    { code: "\"AbC\".isupper", result: "false" },
    { code: "\"123\".isupper", result: "false" },
  ],
  oracle: (s: string) => mapCps(s, upCp) === s && mapCps(s, loCp) !== s,
  test: { args: (gen) => gen.fc.tuple(text(gen, 40)) },
});
