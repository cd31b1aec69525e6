import { block, Fault } from "../block.js";
import { toRoman } from "./_roman.js";

export default block({
  name: "roman",
  aliases: ["toroman", "to_roman"],
  sig: "(n: int) -> str",
  doc: "n as an uppercase Roman numeral in the standard subtractive form (4 = IV, 9 = IX, 40 = XL, 90 = XC, 400 = CD, 900 = CM); fault argument unless 1 ≤ n ≤ 3999",
  examples: [
    { code: "roman(1994)", result: "MCMXCIV" },
    { code: "roman(3888)", result: "MMMDCCCLXXXVIII" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n || n > 3999n) throw new Fault("argument");
    return toRoman(Number(n));
  },
  test: {
    args: (gen: any) => gen.fc.tuple(gen.fc.oneof(
      { weight: 8, arbitrary: gen.fc.integer({ min: 1, max: 3999 }).map(BigInt) },
      { weight: 1, arbitrary: gen.fc.constantFrom(0n, -1n, 4000n, 3999n, 1n, 4n, 9n, 14n, 40n, 90n, 400n, 900n) },
      { weight: 1, arbitrary: gen.int },
    )),
  },
});
