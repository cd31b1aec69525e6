import { block } from "../../blocks/block.js";
import fixed from "../../blocks/format/fixed.js";

export default block({
  name: "percent",
  aliases: ["topercent", "percentage", "aspercent", "percentformat"],
  sig: "(x: float, digits: int) -> str",
  doc: "x as a percentage with digits (0–20) decimals: x · 100 rounded as fixed rounds it, then \"%\" (Python's f\"{x:.{digits}%}\"): 0.1234 with 1 gives \"12.3%\"; nan%, inf% and -inf% for those; faults (argument) when digits is outside 0–20",
  examples: [
    { code: "0.1234.percent(1)", result: "12.3%" },
    { code: "percent(1.0, 0)", result: "100%" },
  ],
  oracle: (x: number, d: bigint, t: any) => `${fixed.oracle(x * 100, d, t)}%`,
  test: { args: (gen) => gen.fc.tuple(gen.float, gen.fc.oneof({ weight: 8, arbitrary: gen.fc.bigInt({ min: 0n, max: 6n }) }, { weight: 1, arbitrary: gen.fc.constantFrom(-1n, 20n, 21n) })) },
});
