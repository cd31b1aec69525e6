import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "urlencode",
  aliases: ["urlquote", "percentencode", "encodeuricomponent", "quote"],
  sig: "(s: str) -> str",
  doc: "s percent-encoded for a URL: ASCII letters, digits and - . _ ~ kept, every other UTF-8 byte written %XX in upper-case hex, spaces and / included (Python's urllib.parse.quote(s, safe=\"\"))",
  examples: [
    { code: "\"a b/ç?\".urlencode", result: "a%20b%2F%C3%A7%3F" },
  ],
  oracle: (s: string) => Array.from(new TextEncoder().encode(s)).map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) && b < 128 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join(""),
  test: { args: (gen) => gen.fc.tuple(text(gen, 12)) },
});
