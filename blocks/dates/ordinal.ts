import { block } from "../block.js";
import { dateArgs, isoArgs, parseIso, toOrdinal } from "./_cal.js";

export default block({
  name: "ordinal",
  aliases: ["toordinal", "daynumber"],
  sig: ["(year: int, month: int, day: int) -> int", "(date: str) -> int"],
  doc: "the proleptic Gregorian day number of the date, 0001-01-01 being 1 (like Python's date.toordinal); fault argument unless 1 ≤ year ≤ 9999, 1 ≤ month ≤ 12 and the day exists in that month; also takes the date as ISO text \"YYYY-MM-DD\" (exactly 4-2-2 ASCII digits; fault argument on any other text or a date that does not exist)",
  examples: [
    { code: "ordinal(1, 1, 1)", result: "1" },
    { code: "ordinal(2024, 3, 1)", result: "738946" },
    { code: "\"2024-03-01\".ordinal", result: "738946" },
  ],
  oracle: (y: any, m?: any, d?: any) => BigInt(typeof y === "string" ? toOrdinal(...parseIso(y)) : toOrdinal(y, m, d)),
  test: { args: (gen: any, _inst: Record<string, string>, overload: number) => (overload === 1 ? isoArgs(gen) : dateArgs(gen).ymd) },
});
