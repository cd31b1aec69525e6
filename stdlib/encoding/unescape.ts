import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "unescape",
  aliases: ["htmlunescape", "unescapehtml", "xmlunescape", "html_unescape"],
  sig: "(s: str) -> str",
  doc: "s with the references escape writes turned back into characters: &lt; &gt; &quot; &#x27; (and &#39;, &apos;) and &amp;; other references such as &nbsp; or &#233; stay as they are (Python's html.unescape knows them all)",
  examples: [
    { code: "\"Tom &amp; Jerry &lt;3\".unescape", result: "Tom & Jerry <3" },
    { code: "\"&amp;lt;\".unescape", result: "&lt;" },
  ],
  oracle: (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(text(gen, 10), gen.fc.array(gen.fc.constantFrom("&", "&amp;", "&lt;", "&gt;", "&quot;", "&#x27;", "&#39;", "&apos;", "&nbsp;", "lt;", "amp;", "a"), { maxLength: 10 }).map((p: string[]) => p.join("")))) },
});
