import { block } from "../block.js";
import { dateArgs, isoArgs, parseIso, toOrdinal } from "./_cal.js";

export default block({
  name: "weekday",
  aliases: ["dayofweek", "day_of_week"],
  sig: ["(year: int, month: int, day: int) -> int", "(date: str) -> int"],
  doc: "the day of the week of the proleptic Gregorian date, 0 = Monday … 6 = Sunday (like Python's date.weekday); fault argument unless 1 ≤ year ≤ 9999, 1 ≤ month ≤ 12 and the day exists in that month; also takes the date as ISO text \"YYYY-MM-DD\" (exactly 4-2-2 ASCII digits; fault argument on any other text or a date that does not exist)",
  examples: [
    { code: "weekday(2024, 1, 1)", result: "0" },
    { code: "weekday(2000, 2, 29)", result: "1" },
    { code: "weekday(\"2024-03-01\")", result: "4" },
  ],
  oracle: (y: any, m?: any, d?: any) => BigInt(((typeof y === "string" ? toOrdinal(...parseIso(y)) : toOrdinal(y, m, d)) + 6) % 7),
  test: { args: (gen: any, _inst: Record<string, string>, overload: number) => (overload === 1 ? isoArgs(gen) : dateArgs(gen).ymd) },
});
