import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "lines",
  aliases: ["splitlines"],
  sig: "(s: str) -> [str]",
  doc: "s split into lines at \\n and \\r\\n (a lone \\r stays in its line); a final line break adds no empty line, so \"\" gives [] and \"a\\n\" gives [\"a\"]",
  examples: [
    { code: "\"one\\r\\ntwo\\n\\nfour\\n\".lines", result: "[\"one\", \"two\", \"\", \"four\"]" },
    { code: "\"single\".lines", result: "[\"single\"]" },
  ],
  oracle: (s: string) => {
    const parts = s.split(/\r?\n/);
    if (parts[parts.length - 1] === "") parts.pop();
    return parts;
  },
  test: { args: (gen) => gen.fc.tuple(text(gen, 30)) },
});
