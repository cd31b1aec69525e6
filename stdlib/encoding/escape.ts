import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "escape",
  aliases: ["htmlescape", "escapehtml", "xmlescape", "html_escape"],
  sig: "(s: str) -> str",
  doc: "s safe to put in HTML or XML text and attributes: & < > \" ' written as &amp; &lt; &gt; &quot; &#x27; (Python's html.escape), the rest unchanged; unescape reverses it",
  examples: [
    { code: "\"<a href='x'>Tom & Jerry</a>\".escape", result: "&lt;a href=&#x27;x&#x27;&gt;Tom &amp; Jerry&lt;/a&gt;" },
  ],
  oracle: (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;"),
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(text(gen, 10), gen.fc.array(gen.fc.constantFrom("&", "<", ">", "\"", "'", "a", "&amp;", "é"), { maxLength: 10 }).map((p: string[]) => p.join("")))) },
});
