import { block, Fault } from "../block.js";
import { text } from "./text.js";

/** The padding shared by pad, rpad and center: [left, right] fill counts, after checking the fill. */
export function padding(s: string, width: bigint, fill: string): [number, number] | undefined {
  if ([...fill].length !== 1) throw new Fault("argument");
  const n = BigInt([...s].length);
  if (width <= n) return undefined;
  const k = Number(width - n);
  return [Math.floor(k / 2), k - Math.floor(k / 2)];
}

/** Test arguments for the padding blocks: widths around the string's length, fills of 0-2 code points. */
export const padArgs = (gen: any) =>
  gen.fc.tuple(
    text(gen, 8),
    gen.fc.oneof({ weight: 4, arbitrary: gen.fc.bigInt({ min: -3n, max: 40n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-(2n ** 63n), 0n) }),
    gen.fc.oneof({ weight: 6, arbitrary: gen.fc.constantFrom(" ", "0", "*", "é", "漢", "😀", "\u2028") }, { weight: 1, arbitrary: gen.fc.constantFrom("", "ab", "e\u0301", "👍🏽") }, { weight: 1, arbitrary: gen.str }),
  );

export default block({
  name: "pad",
  aliases: ["padstart", "lpad", "rjust", "padleft"],
  sig: "(s: str, width: int, fill: str) -> str",
  doc: "s right-aligned: copies of fill before it up to width code points, s unchanged if it is that long already; fill must be one code point, else faults (argument)",
  examples: [
    { code: "\"42\".pad(5, \"0\")", result: "00042" },
    { code: "\"abc\".pad(2, \" \")", result: "abc" },
  ],
  oracle: (s: string, width: bigint, fill: string) => {
    const p = padding(s, width, fill);
    return p ? fill.repeat(p[0] + p[1]) + s : s;
  },
  test: { args: padArgs },
});
