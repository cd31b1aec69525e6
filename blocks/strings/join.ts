import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "join",
  aliases: ["implode"],
  sig: "(xs: [str], sep: str) -> str",
  doc: "the strings of xs in order with sep between each two; \"\" when xs is empty",
  examples: [
    { code: "[\"a\", \"b\", \"c\"].join(\", \")", result: "a, b, c" },
    { code: "[\"x\"].join(\"-\")", result: "x" },
  ],
  oracle: (xs: string[], sep: string) => xs.join(sep),
  test: { args: (gen) => gen.fc.tuple(gen.array(text(gen, 4), 12), gen.fc.oneof(gen.fc.constantFrom("", ",", ", ", "\n", "é漢"), gen.str)) },
});
