import { block } from "../../blocks/block.js";
import { isoOf } from "./_dates.js";

export default block({
  name: "isotime",
  aliases: ["fromtimestamp", "utcfromtimestamp", "fromunix", "unixtoiso", "timestamptoiso"],
  sig: "(seconds: int) -> str",
  doc: "the UTC date and time of a Unix timestamp (seconds since 1970-01-01T00:00:00, negative before it) as ISO text \"YYYY-MM-DDTHH:MM:SS\" (Python's datetime.utcfromtimestamp(s).isoformat()); faults (argument) outside the years 1..9999; epoch converts back",
  examples: [
    { code: "isotime(0)", result: "1970-01-01T00:00:00" },
    { code: "isotime(1709251200 + 3725)", result: "2024-03-01T01:02:05" },
  ],
  oracle: (sec: bigint) => {
    const day = sec >= 0n ? sec / 86400n : -((-sec + 86399n) / 86400n), s = sec - day * 86400n;
    const p = (n: bigint) => String(n).padStart(2, "0");
    return `${isoOf(Number(day) + 719163)}T${p(s / 3600n)}:${p((s / 60n) % 60n)}:${p(s % 60n)}`;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof({ weight: 6, arbitrary: gen.fc.bigInt({ min: -62135596800n, max: 253402300799n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-62135596800n, -62135596801n, 253402300799n, 253402300800n, 0n, -1n) }, { weight: 1, arbitrary: gen.int })) },
});
