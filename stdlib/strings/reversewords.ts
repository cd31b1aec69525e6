import { block } from "../../blocks/block.js";
import { text, wordsOf } from "../../blocks/strings/text.js";

export default block({
  name: "reversewords",
  aliases: ["revwords", "wordsreversed", "reverseorder"],
  sig: "(s: str) -> str",
  doc: "the words of s (as words splits them) in reverse order, joined by single spaces: \"the sky is blue\" gives \"blue is sky the\" (reverse turns the code points around instead); \"\" for blank s",
  examples: [
    { code: "\"the sky  is blue\".reversewords", result: "blue is sky the" },
  ],
  oracle: (s: string) => wordsOf(s).reverse().join(" "),
  test: { args: (gen) => gen.fc.tuple(text(gen, 20)) },
});
