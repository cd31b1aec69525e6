import { block } from "../../blocks/block.js";
import { dayShift, isoDates, isoOf, ordOf } from "./_dates.js";

export default block({
  name: "adddays",
  aliases: ["plusdays", "dateadd", "shiftdate", "addday"],
  sig: "(date: str, n: int) -> str",
  doc: "the ISO date (\"YYYY-MM-DD\") n days after date, or before it for a negative n, in the proleptic Gregorian calendar; faults (argument) on a date ordinal rejects or a result outside 0001-01-01 … 9999-12-31",
  examples: [
    { code: "\"2024-02-28\".adddays(2)", result: "2024-03-01" },
    { code: "\"2024-01-01\".adddays(-1)", result: "2023-12-31" },
  ],
  oracle: (date: string, n: bigint) => isoOf(ordOf(date) + Number(n)),
  test: { args: (gen) => gen.fc.tuple(isoDates(gen), dayShift(gen)) },
});
