import { block } from "../block.js";
import { check, dateArgs } from "./_cal.js";

export default block({
  name: "isodate",
  aliases: ["isoformat", "iso"],
  sig: "(year: int, month: int, day: int) -> str",
  doc: "the date as ISO 8601 text \"YYYY-MM-DD\" with zero padding (like Python's date.isoformat); fault argument unless 1 ≤ year ≤ 9999, 1 ≤ month ≤ 12 and the day exists in that month",
  examples: [
    { code: "isodate(2024, 3, 1)", result: "2024-03-01" },
    { code: "isodate(33, 12, 25)", result: "0033-12-25" },
  ],
  oracle: (y: bigint, m: bigint, d: bigint) => {
    check(y, m, d);
    return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  },
  test: { args: (gen: any) => dateArgs(gen).ymd },
});
