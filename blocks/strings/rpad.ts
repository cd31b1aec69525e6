import { block } from "../block.js";
import { padArgs, padding } from "./pad.js";

export default block({
  name: "rpad",
  aliases: ["padend", "ljust", "padright"],
  sig: "(s: str, width: int, fill: str) -> str",
  doc: "s left-aligned: copies of fill after it up to width code points, s unchanged if it is that long already; fill must be one code point, else faults (argument)",
  examples: [
    { code: "\"ab\".rpad(5, \".\")", result: "ab..." },
    { code: "\"abc\".rpad(2, \" \")", result: "abc" },
  ],
  oracle: (s: string, width: bigint, fill: string) => {
    const p = padding(s, width, fill);
    return p ? s + fill.repeat(p[0] + p[1]) : s;
  },
  test: { args: padArgs },
});
