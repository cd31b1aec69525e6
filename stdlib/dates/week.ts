import { block } from "../../blocks/block.js";
import { fromOrdinal, parseIso, toOrdinal } from "../../blocks/dates/_cal.js";
import { isoDates } from "./_dates.js";

export default block({
  name: "week",
  aliases: ["isoweek", "weeknumber", "isocalendar", "weekofyear"],
  sig: "(date: str) -> (int, int)",
  doc: "(ISO year, ISO week 1–53) of an ISO date (Python's date.isocalendar()[:2]): weeks start on Monday and week 1 holds the year's first Thursday, so 2021-01-03 is in week 53 of 2020; faults (argument) on a date ordinal rejects",
  examples: [
    { code: "\"2024-03-01\".week", result: "(2024, 9)" },
    { code: "\"2021-01-03\".week", result: "(2020, 53)" },
  ],
  oracle: (date: string) => {
    const k = toOrdinal(...parseIso(date));
    const thursday = k - ((k + 6) % 7) + 3;
    const y = fromOrdinal(thursday)[0];
    return [BigInt(y), BigInt(Math.floor((thursday - toOrdinal(BigInt(y), 1n, 1n)) / 7) + 1)];
  },
  test: { args: (gen) => gen.fc.tuple(isoDates(gen)) },
});
