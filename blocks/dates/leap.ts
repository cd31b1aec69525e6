import { block } from "../block.js";
import { dateArgs, isLeap } from "./_cal.js";

export default block({
  name: "leap",
  aliases: ["isleap", "is_leap", "leapyear"],
  sig: "(year: int) -> bool",
  doc: "whether year is a leap year of the proleptic Gregorian calendar (divisible by 4, and not by 100 unless by 400); any int year, 0 and negatives included",
  examples: [
    { code: "leap(2024)", result: "true" },
    { code: "leap(1900)", result: "false" },
  ],
  oracle: (y: bigint) => isLeap(y),
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(dateArgs(gen).y, gen.int, gen.small.map((x: bigint) => x * 100n))) },
});
