import { block, Fault } from "../block.js";
import { ROMAN, toRoman } from "./_roman.js";

export default block({
  name: "unroman",
  aliases: ["fromroman", "from_roman", "roman_to_int", "parseroman"],
  sig: "(s: str) -> int",
  doc: "the value of an uppercase Roman numeral in the standard form roman writes (1–3999, so unroman(roman(n)) = n); fault argument on anything else: empty, lowercase, spaces, non-standard forms such as IIII, IC or VX",
  examples: [
    { code: "unroman(\"MCMXCIV\")", result: "1994" },
    { code: "\"XLII\".unroman", result: "42" },
  ],
  oracle: (s: string) => {
    const v = ROMAN.get(s);
    if (v === undefined) throw new Fault("argument");
    return BigInt(v);
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const valid = fc.integer({ min: 1, max: 3999 }).map((n: number) => toRoman(n));
      const letters = fc.array(fc.constantFrom("I", "V", "X", "L", "C", "D", "M"), { maxLength: 16 }).map((a: string[]) => a.join(""));
      const mutated = fc.tuple(valid, fc.nat(20), fc.constantFrom("", "I", "V", "X", "L", "C", "D", "M", "i", " ", "\u0000"), fc.boolean())
        .map(([s, i, c, del]: [string, number, string, boolean]) => { const k = i % (s.length + 1); return s.slice(0, k) + c + s.slice(del ? k + 1 : k); });
      return fc.tuple(fc.oneof(
        { weight: 4, arbitrary: valid },
        { weight: 3, arbitrary: mutated },
        { weight: 2, arbitrary: letters },
        { weight: 1, arbitrary: valid.map((s: string) => s.toLowerCase()) },
        { weight: 1, arbitrary: fc.constantFrom("", "IIII", "IC", "VX", "MMMM", "IIV", "XM", "CMM", "DD", "VIV", "MCMXCIV", "MMMCMXCIX") },
        { weight: 1, arbitrary: gen.str },
      ));
    },
  },
});
