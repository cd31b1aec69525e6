import { block } from "../../blocks/block.js";
import weekday from "../../blocks/dates/weekday.js";
import { dateArgs } from "../../blocks/dates/_cal.js";
import { isoDates } from "./_dates.js";

const NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export default block({
  name: "dayname",
  aliases: ["weekdayname", "nameofday", "strftimeA", "dayofweekname"],
  sig: ["(date: str) -> str", "(year: int, month: int, day: int) -> str"],
  doc: "the English name of the day of the week of an ISO date, or of year, month and day: \"Monday\" … \"Sunday\" (weekday gives its number, 0 for Monday); faults (argument) on a date weekday rejects",
  examples: [
    { code: "\"2024-03-01\".dayname", result: "Friday" },
    { code: "dayname(2000, 1, 1)", result: "Saturday" },
  ],
  oracle: (...args: any[]) => NAMES[Number(args.length === 2 ? weekday.oracle(args[0], {}) : weekday.oracle(args[0], args[1], args[2], {}))],
  test: { args: (gen, _t, k) => (k === 0 ? gen.fc.tuple(isoDates(gen)) : dateArgs(gen).ymd) },
});
