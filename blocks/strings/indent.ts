import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "indent",
  sig: "(s: str, n: int) -> str",
  doc: "s with n spaces before every line that has text (lines end at \\n; empty lines, or lines of just \\r, get none); s unchanged when n <= 0",
  examples: [
    { code: "\"a\\n\\nb\".indent(2)", result: "  a\n\n  b" },
    { code: "\"x\".indent(4).len", result: "5" },
  ],
  oracle: (s: string, n: bigint) => {
    if (n <= 0n) return s;
    return s.split("\n").map((l) => (l === "" || l === "\r" ? l : " ".repeat(Number(n)) + l)).join("\n");
  },
  test: {
    args: (gen) =>
      gen.fc.tuple(text(gen, 20), gen.fc.oneof({ weight: 4, arbitrary: gen.fc.bigInt({ min: -2n, max: 12n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-(2n ** 63n), 0n) })),
  },
});
