import { block } from "../block.js";

export default block({
  name: "commas",
  aliases: ["thousands", "intcomma"],
  sig: "(n: int) -> str",
  doc: "n in decimal with a comma between each group of three digits from the right, and a leading - when negative (like Python's f\"{n:,}\")",
  examples: [
    { code: "commas(1234567)", result: "1,234,567" },
    { code: "commas(-1000)", result: "-1,000" },
    { code: "commas(999)", result: "999" },
  ],
  oracle: (n: bigint) => {
    const neg = n < 0n;
    const s = (neg ? -n : n).toString();
    let out = "";
    for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? "," : "") + s[i];
    return (neg ? "-" : "") + out;
  },
  test: {
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.integer({ min: 0, max: 17 }).chain((k: number) =>
      gen.fc.bigInt({ min: -(10n ** BigInt(k + 1)), max: 10n ** BigInt(k + 1) })))),
  },
});
