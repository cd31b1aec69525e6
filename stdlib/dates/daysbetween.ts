import { block } from "../../blocks/block.js";
import { isoDates, ordOf } from "./_dates.js";

export default block({
  name: "daysbetween",
  aliases: ["datediff", "daysdiff", "daycount", "daysuntil"],
  sig: "(a: str, b: str) -> int",
  doc: "how many days from ISO date a to ISO date b: positive when b is later, negative when earlier, 0 for the same day; faults (argument) on a date ordinal rejects",
  examples: [
    { code: "daysbetween(\"2024-01-01\", \"2024-03-01\")", result: "60" },
    { code: "daysbetween(\"2024-01-02\", \"2024-01-01\")", result: "-1" },
  ],
  oracle: (a: string, b: string) => BigInt(ordOf(b) - ordOf(a)),
  test: { args: (gen) => gen.fc.tuple(isoDates(gen), isoDates(gen)) },
});
