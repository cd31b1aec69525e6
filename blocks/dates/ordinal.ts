import { block } from "../block.js";
import { dateArgs, toOrdinal } from "./_cal.js";

export default block({
  name: "ordinal",
  aliases: ["toordinal", "daynumber"],
  sig: "(year: int, month: int, day: int) -> int",
  doc: "the proleptic Gregorian day number of the date, 0001-01-01 being 1 (like Python's date.toordinal); fault argument unless 1 ≤ year ≤ 9999, 1 ≤ month ≤ 12 and the day exists in that month",
  examples: [
    { code: "ordinal(1, 1, 1)", result: "1" },
    { code: "ordinal(2024, 3, 1)", result: "738946" },
  ],
  oracle: (y: bigint, m: bigint, d: bigint) => BigInt(toOrdinal(y, m, d)),
  test: { args: (gen: any) => dateArgs(gen).ymd },
});
