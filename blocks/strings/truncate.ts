import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "truncate",
  aliases: ["shorten", "ellipsis"],
  sig: "(s: str, n: int) -> str",
  doc: "s cut to at most n code points: unchanged if it fits, else its first n - 1 code points and \"…\" (U+2026); \"\" when n <= 0",
  examples: [
    { code: "\"Hello, World\".truncate(8)", result: "Hello, …" },
    { code: "\"Hi\".truncate(8)", result: "Hi" },
  ],
  oracle: (s: string, n: bigint) => {
    const c = [...s];
    if (n <= 0n) return "";
    if (BigInt(c.length) <= n) return s;
    return c.slice(0, Number(n) - 1).join("") + "…";
  },
  test: {
    args: (gen) =>
      gen.fc.tuple(text(gen, 12), gen.fc.oneof({ weight: 4, arbitrary: gen.fc.bigInt({ min: -2n, max: 30n }) }, { weight: 1, arbitrary: gen.int })),
  },
});
