import { block } from "../../blocks/block.js";
import camel from "../../blocks/strings/camel.js";
import { identifiers, mapCps, upCp } from "../../blocks/strings/text.js";

export default block({
  name: "pascal",
  aliases: ["pascalcase", "uppercamel", "uppercamelcase", "classcase"],
  sig: "(s: str) -> str",
  doc: "s as PascalCase: its words (as snake finds them) each with its first code point upper case and the rest lower, joined; camel leaves the first word lower case",
  examples: [
    { code: "\"hello_world\".pascal", result: "HelloWorld" },
    { code: "\"XMLHttp request\".pascal", result: "XmlHttpRequest" },
  ],
  oracle: (s: string) => {
    const c = Array.from(camel.oracle(s, {}) as string);
    return c.length ? mapCps(c[0], upCp) + c.slice(1).join("") : "";
  },
  test: { args: (gen) => gen.fc.tuple(identifiers(gen)) },
});
