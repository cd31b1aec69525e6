import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "starts",
  aliases: ["startswith", "hasprefix"],
  sig: "(s: str, prefix: str) -> bool",
  doc: "whether s begins with prefix; every string starts with \"\"",
  examples: [
    { code: "\"hello\".starts(\"he\")", result: "true" },
    { code: "\"hello\".starts(\"lo\")", result: "false" },
  ],
  oracle: (s: string, p: string) => s.startsWith(p),
  test: {
    args: (gen) =>
      text(gen, 10).chain((s: string) =>
        gen.fc.tuple(gen.fc.constant(s), gen.fc.oneof(gen.fc.nat([...s].length).map((i: number) => [...s].slice(0, i).join("")), text(gen, 3), gen.fc.constant(s + "x")))),
  },
});
