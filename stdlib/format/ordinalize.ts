import { block } from "../../blocks/block.js";

export default block({
  name: "ordinalize",
  aliases: ["ordinalsuffix", "ordsuffix", "ordinalstr", "ordinalword"],
  sig: "(n: int) -> str",
  doc: "n in decimal with its English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd, 111th; a negative n keeps its sign (-1st); 0th",
  examples: [
    { code: "[1, 2, 3, 11, 22, 104].map(ordinalize)", result: "[\"1st\", \"2nd\", \"3rd\", \"11th\", \"22nd\", \"104th\"]" },
  ],
  oracle: (n: bigint) => {
    const a = n < 0n ? -n : n;
    const suffix = (a / 10n) % 10n === 1n ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<string, string>)[String(a % 10n)] ?? "th";
    return `${n}${suffix}`;
  },
});
