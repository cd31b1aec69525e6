import { block, Fault } from "../../blocks/block.js";
import { monthDays } from "../../blocks/dates/_cal.js";
import { isoDates, iso, ordOf } from "./_dates.js";
import { fromOrdinal } from "../../blocks/dates/_cal.js";

export default block({
  name: "addmonths",
  aliases: ["plusmonths", "monthsadd", "shiftmonths", "edate"],
  sig: "(date: str, n: int) -> str",
  doc: "the ISO date n months after date (before it when n < 0), the day kept or lowered to the new month's last day: \"2024-01-31\".addmonths(1) is \"2024-02-29\" (dateutil's relativedelta, Excel's EDATE); faults (argument) on a date ordinal rejects or a year outside 1..9999",
  examples: [
    { code: "\"2024-01-31\".addmonths(1)", result: "2024-02-29" },
    { code: "\"2024-03-15\".addmonths(-15)", result: "2022-12-15" },
  ],
  oracle: (date: string, n: bigint) => {
    const [y0, m0, d0] = fromOrdinal(ordOf(date));
    const months = BigInt(y0) * 12n + BigInt(m0 - 1) + n;
    const fdiv = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
    const y = fdiv(months, 12n), m = months - y * 12n + 1n;
    if (y < 1n || y > 9999n) throw new Fault("argument");
    return iso(Number(y), Number(m), Math.min(d0, monthDays(y, m)));
  },
  test: { args: (gen) => gen.fc.tuple(isoDates(gen), gen.fc.oneof({ weight: 6, arbitrary: gen.fc.bigInt({ min: -30n, max: 30n }) }, { weight: 2, arbitrary: gen.fc.bigInt({ min: -130000n, max: 130000n }) }, { weight: 1, arbitrary: gen.int })) },
});
