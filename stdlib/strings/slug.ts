import { block } from "../../blocks/block.js";
import { text } from "../../blocks/strings/text.js";

export default block({
  name: "slug",
  aliases: ["slugify", "urlslug", "permalink"],
  sig: "(s: str) -> str",
  doc: "s as a URL slug: ASCII letters (in lower case) and digits kept, each run of anything else (spaces, punctuation, accented or other non-ASCII letters) turned into one \"-\", none at either end; \"\" when nothing is kept",
  examples: [
    { code: "\"Hello, World!\".slug", result: "hello-world" },
    { code: "\"  Ünïcode 2024 \".slug", result: "n-code-2024" },
  ],
  oracle: (s: string) => (s.replace(/[A-Z]/g, (c) => c.toLowerCase()).match(/[a-z0-9]+/g) ?? []).join("-"),
  test: { args: (gen) => gen.fc.tuple(text(gen, 20)) },
});
