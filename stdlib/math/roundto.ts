import { block } from "../../blocks/block.js";
import fixed from "../../blocks/format/fixed.js";

export default block({
  name: "roundto",
  aliases: ["roundn", "round_to", "roundplaces", "rounddigits"],
  sig: "(x: float, n: int) -> float",
  doc: "x rounded to n decimal places (0 to 20), as Python's round(x, n): the exact binary value rounded half to even, so 2.675 gives 2.67 and 0.125 gives 0.12; nan and infinities stay; faults (argument) for n outside 0..20",
  examples: [
    { code: "3.14159.roundto(2)", result: "3.14" },
    { code: "2.5.roundto(0)", result: "2.0" },
  ],
  oracle: (x: number, n: bigint, t: any) => {
    const s = fixed.oracle(x, n, t) as string;
    return s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s);
  },
  test: { args: (gen) => gen.fc.tuple(gen.float, gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: 0n, max: 20n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-1n, 21n) })) },
});
