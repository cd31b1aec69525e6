import { block } from "../block.js";
import { dateArgs, monthDays } from "./_cal.js";

export default block({
  name: "monthdays",
  aliases: ["daysinmonth", "days_in_month", "monthlen"],
  sig: "(year: int, month: int) -> int",
  doc: "the number of days (28–31) in month 1–12 of year in the proleptic Gregorian calendar (any int year); fault argument when month is outside 1–12",
  examples: [
    { code: "monthdays(2024, 2)", result: "29" },
    { code: "monthdays(2023, 4)", result: "30" },
  ],
  oracle: (y: bigint, m: bigint) => BigInt(monthDays(y, m)),
  test: { args: (gen: any) => { const a = dateArgs(gen); return gen.fc.tuple(gen.fc.oneof(a.y, gen.int), a.m); } },
});
