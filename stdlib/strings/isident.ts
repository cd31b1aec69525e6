import { block } from "../../blocks/block.js";
import { identifiers } from "../../blocks/strings/text.js";

export default block({
  name: "isident",
  aliases: ["isidentifier", "validname", "isvarname"],
  sig: "(s: str) -> bool",
  doc: "whether s is an ASCII identifier: a letter or _ first, then letters, digits and _ (Python's str.isidentifier limited to ASCII; keywords count); false for \"\"",
  examples: [
    { code: "\"snake_case2\".isident", result: "true" },
    { code: "\"2fast\".isident", result: "false" },
  ],
  oracle: (s: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s),
  test: { args: (gen) => gen.fc.tuple(identifiers(gen)) },
});
