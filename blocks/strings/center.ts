import { block } from "../block.js";
import { padArgs, padding } from "./pad.js";

export default block({
  name: "center",
  aliases: ["centre"],
  sig: "(s: str, width: int, fill: str) -> str",
  doc: "s centred in width code points with copies of fill on both sides, the left side getting the smaller half when uneven; s unchanged if it is that long; fill must be one code point, else faults (argument)",
  examples: [
    { code: "\"ab\".center(6, \"*\")", result: "**ab**" },
    { code: "\"ab\".center(5, \"-\")", result: "-ab--" },
  ],
  oracle: (s: string, width: bigint, fill: string) => {
    const p = padding(s, width, fill);
    return p ? fill.repeat(p[0]) + s + fill.repeat(p[1]) : s;
  },
  test: { args: padArgs },
});
