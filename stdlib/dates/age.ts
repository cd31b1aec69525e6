import { block } from "../../blocks/block.js";
import { fromOrdinal } from "../../blocks/dates/_cal.js";
import { isoDates, ordOf } from "./_dates.js";

export default block({
  name: "age",
  aliases: ["yearsbetween", "yearssince", "ageof", "wholeyears"],
  sig: "(birth: str, on: str) -> int",
  doc: "how many whole years have passed from ISO date birth to ISO date on: the difference of the years, one less while on's month and day come before birth's (someone born on 29 February turns a year older on 1 March in other years); negative when on is earlier; faults (argument) on a date ordinal rejects",
  examples: [
    { code: "age(\"2000-05-20\", \"2024-05-19\")", result: "23" },
    { code: "age(\"2000-05-20\", \"2024-05-20\")", result: "24" },
  ],
  oracle: (birth: string, on: string) => {
    const [by, bm, bd] = fromOrdinal(ordOf(birth)), [ty, tm, td] = fromOrdinal(ordOf(on));
    return BigInt(ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0));
  },
  test: { args: (gen) => gen.fc.tuple(isoDates(gen), isoDates(gen)) },
});
