import { block, Fault } from "../../blocks/block.js";
import { isoDates, ordOf } from "./_dates.js";

export default block({
  name: "epoch",
  aliases: ["timestamp", "unixtime", "totimestamp", "isotounix", "mktime"],
  sig: "(s: str) -> int",
  doc: "the Unix timestamp of a UTC date \"YYYY-MM-DD\" or date and time \"YYYY-MM-DDTHH:MM:SS\" (ASCII digits, hours 00-23, minutes and seconds 00-59): seconds since 1970-01-01T00:00:00, negative before; faults (argument) on any other text or a date ordinal rejects; isotime converts back",
  examples: [
    { code: "epoch(\"1970-01-02\")", result: "86400" },
    { code: "epoch(\"2024-03-01T01:02:05\")", result: "1709254925" },
  ],
  oracle: (s: string) => {
    const cps = Array.from(s);
    const day = BigInt(ordOf(cps.slice(0, 10).join("")) - 719163);
    if (cps.length === 10) return day * 86400n;
    const m = /^....-..-..T([0-9]{2}):([0-9]{2}):([0-9]{2})$/u.exec(s);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3]) > 59) throw new Fault("argument");
    return day * 86400n + BigInt(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
  },
  test: {
    args: (gen) => {
      const fc = gen.fc;
      const time = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 })).map(([h, m, s]: number[]) => `T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`);
      return fc.tuple(fc.oneof(isoDates(gen), fc.tuple(isoDates(gen), fc.oneof(time, fc.constantFrom("T1:00:00", "T00:00", " 00:00:00", "T00:00:00Z", "T٠٠:00:00"))).map(([d, t]: string[]) => d + t)));
    },
  },
});
