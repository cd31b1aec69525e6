import { block } from "../block.js";
import { dateArgs, toOrdinal } from "./_cal.js";

export default block({
  name: "yearday",
  aliases: ["dayofyear", "day_of_year", "yday"],
  sig: "(year: int, month: int, day: int) -> int",
  doc: "the day of the year of the proleptic Gregorian date, 1 for January 1 up to 365 or 366; fault argument unless 1 ≤ year ≤ 9999, 1 ≤ month ≤ 12 and the day exists in that month",
  examples: [
    { code: "yearday(2024, 3, 1)", result: "61" },
    { code: "yearday(2023, 12, 31)", result: "365" },
  ],
  oracle: (y: bigint, m: bigint, d: bigint) => BigInt(toOrdinal(y, m, d) - toOrdinal(y, 1n, 1n) + 1),
  test: { args: (gen: any) => dateArgs(gen).ymd },
});
