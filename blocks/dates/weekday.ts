import { block } from "../block.js";
import { dateArgs, toOrdinal } from "./_cal.js";

export default block({
  name: "weekday",
  aliases: ["dayofweek", "day_of_week"],
  sig: "(year: int, month: int, day: int) -> int",
  doc: "the day of the week of the proleptic Gregorian date, 0 = Monday … 6 = Sunday (like Python's date.weekday); fault argument unless 1 ≤ year ≤ 9999, 1 ≤ month ≤ 12 and the day exists in that month",
  examples: [
    { code: "weekday(2024, 1, 1)", result: "0" },
    { code: "weekday(2000, 2, 29)", result: "1" },
  ],
  oracle: (y: bigint, m: bigint, d: bigint) => BigInt((toOrdinal(y, m, d) + 6) % 7),
  test: { args: (gen: any) => dateArgs(gen).ymd },
});
