import { block } from "../../blocks/block.js";
import { wide } from "./_num.js";

export default block({
  name: "digitalroot",
  aliases: ["digroot", "repeateddigitsum", "digital_root"],
  sig: "(n: int) -> int",
  doc: "the digit sum of |n| taken again and again until one digit is left: 0 for 0, else 1 + (|n| - 1) mod 9 (9875 → 29 → 11 → 2)",
  examples: [
    { code: "digitalroot(9875)", result: "2" },
    { code: "digitalroot(-18)", result: "9" },
  ],
  oracle: (n: bigint) => { const a = n < 0n ? -n : n; return a === 0n ? 0n : 1n + ((a - 1n) % 9n); },
  test: { args: (gen) => gen.fc.tuple(wide(gen)) },
});
