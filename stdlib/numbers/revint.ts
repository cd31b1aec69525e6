import { block, Fault } from "../../blocks/block.js";
import { wide } from "./_num.js";

export default block({
  name: "revint",
  aliases: ["reversenum", "reversedigits", "reverseint", "revnum"],
  sig: "(n: int) -> int",
  doc: "n with its decimal digits in reverse order, keeping the sign: 123 gives 321, -120 gives -21 (trailing zeros become leading ones and vanish); faults (overflow) when the result is outside the int range",
  examples: [
    { code: "revint(1230)", result: "321" },
    { code: "revint(-45)", result: "-54" },
  ],
  oracle: (n: bigint) => {
    const s = (n < 0n ? -n : n).toString();
    const r = BigInt(s.split("").reverse().join("")) * (n < 0n ? -1n : 1n);
    if (r !== BigInt.asIntN(64, r)) throw new Fault("overflow");
    return r;
  },
  test: { args: (gen) => gen.fc.tuple(wide(gen)) },
});
