import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "join",
  aliases: ["implode"],
  sig: ["(xs: [str], sep: str) -> str", "(xs: [str]) -> str"],
  doc: "the strings of xs in order with sep between each two (nothing between them without sep, like Python's \"\".join); \"\" when xs is empty",
  examples: [
    { code: "[\"a\", \"b\", \"c\"].join(\", \")", result: "a, b, c" },
    { code: "[\"x\"].join(\"-\")", result: "x" },
    { code: "[\"ab\", \"c\"].join", result: "abc" },
  ],
  oracle: (...args: any[]) => (args[0] as string[]).join(args.length > 2 ? (args[1] as string) : ""),
  test: {
    args: (gen, _t, o) => o === 1
      ? gen.fc.tuple(gen.array(text(gen, 4), 12))
      : gen.fc.tuple(gen.array(text(gen, 4), 12), gen.fc.oneof(gen.fc.constantFrom("", ",", ", ", "\n", "é漢"), gen.str)),
  },
});
