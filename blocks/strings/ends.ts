import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "ends",
  aliases: ["endswith", "hassuffix"],
  sig: "(s: str, suffix: str) -> bool",
  doc: "whether s finishes with suffix; every string ends with \"\"",
  examples: [
    { code: "\"report.pdf\".ends(\".pdf\")", result: "true" },
    { code: "\"report.pdf\".ends(\"report\")", result: "false" },
  ],
  oracle: (s: string, p: string) => s.endsWith(p),
  test: {
    args: (gen) =>
      text(gen, 10).chain((s: string) =>
        gen.fc.tuple(gen.fc.constant(s), gen.fc.oneof(gen.fc.nat([...s].length).map((i: number) => [...s].slice(i).join("")), text(gen, 3), gen.fc.constant("x" + s)))),
  },
});
