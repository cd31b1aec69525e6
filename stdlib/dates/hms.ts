import { block, Fault } from "../../blocks/block.js";

export default block({
  name: "hms",
  aliases: ["hhmmss", "duration", "formatseconds", "clock"],
  sig: "(seconds: int) -> str",
  doc: "a number of seconds as \"HH:MM:SS\", hours at least two digits and counting on past 24 (\"100:00:00\"), minutes and seconds two; faults (argument) when seconds < 0",
  examples: [
    { code: "hms(3725)", result: "01:02:05" },
    { code: "hms(0)", result: "00:00:00" },
  ],
  oracle: (s: bigint) => {
    if (s < 0n) throw new Fault("argument");
    const p = (n: bigint) => String(n).padStart(2, "0");
    return `${p(s / 3600n)}:${p((s / 60n) % 60n)}:${p(s % 60n)}`;
  },
  test: { args: (gen) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.bigInt({ min: -5n, max: 400000n }))) },
});
