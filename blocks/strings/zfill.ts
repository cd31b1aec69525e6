import { block } from "../block.js";
import { text } from "./text.js";

export default block({
  name: "zfill",
  aliases: ["zeropad"],
  sig: "(s: str, width: int) -> str",
  doc: "s padded on the left with \"0\" to width code points, the zeros going after a leading + or - (Python's str.zfill); s unchanged if it is that long already",
  examples: [
    { code: "\"42\".zfill(5)", result: "00042" },
    { code: "\"-7\".zfill(4)", result: "-007" },
  ],
  oracle: (s: string, width: bigint) => {
    const n = BigInt([...s].length);
    if (width <= n) return s;
    const zeros = "0".repeat(Number(width - n));
    return s[0] === "+" || s[0] === "-" ? s[0] + zeros + s.slice(1) : zeros + s;
  },
  test: {
    args: (gen) =>
      gen.fc.tuple(
        gen.fc.oneof(text(gen, 6), gen.fc.tuple(gen.fc.constantFrom("+", "-", "", "0", "--"), gen.int).map(([a, b]: [string, bigint]) => a + b)),
        gen.fc.oneof({ weight: 4, arbitrary: gen.fc.bigInt({ min: -3n, max: 40n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-(2n ** 63n), 0n) }),
      ),
  },
});
