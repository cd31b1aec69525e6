import { block } from "../../blocks/block.js";
import { dateArgs, isoArgs, parseIso, check } from "../../blocks/dates/_cal.js";

const ok = (f: () => void) => { try { f(); return true; } catch { return false; } };

export default block({
  name: "isdate",
  aliases: ["validdate", "isvaliddate", "dateexists", "checkdate"],
  sig: ["(year: int, month: int, day: int) -> bool", "(date: str) -> bool"],
  doc: "whether the date exists in the proleptic Gregorian calendar with 1 <= year <= 9999 (February 29 only in leap years), given as year, month and day or as ISO text \"YYYY-MM-DD\" (exactly 4-2-2 ASCII digits): true exactly when ordinal accepts it",
  examples: [
    { code: "isdate(2024, 2, 29)", result: "true" },
    { code: "\"2023-02-29\".isdate", result: "false" },
  ],
  oracle: (...args: any[]) => (args.length === 2 ? ok(() => parseIso(args[0])) : ok(() => check(args[0], args[1], args[2]))),
  test: { args: (gen, _t, k) => (k === 1 ? isoArgs(gen) : dateArgs(gen).ymd) },
});
