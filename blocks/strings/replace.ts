import { block, Fault } from "../block.js";
import { needle, text } from "./text.js";

export default block({
  name: "replace",
  aliases: ["replaceall"],
  sig: "(s: str, old: str, new: str) -> str",
  doc: "s with every non-overlapping occurrence of old (found left to right) replaced by new; an empty old faults (argument)",
  examples: [
    { code: "\"a-b-c\".replace(\"-\", \" + \")", result: "a + b + c" },
    { code: "\"aaaa\".replace(\"aa\", \"b\")", result: "bb" },
  ],
  oracle: (s: string, old: string, rep: string) => {
    if (old === "") throw new Fault("argument");
    return s.split(old).join(rep);
  },
  test: {
    args: (gen) =>
      text(gen, 24).chain((s: string) => gen.fc.tuple(gen.fc.constant(s), needle(gen, s), gen.fc.oneof(gen.fc.constantFrom("", "X", "ß", "--", "😀😀"), gen.str))),
  },
});
