import { block, Fault } from "../../blocks/block.js";

const MIN = -(2n ** 63n);

export default block({
  name: "ceildiv",
  aliases: ["divceil", "cdiv", "ceilingdivide", "divup", "divroundup"],
  sig: "(a: int, b: int) -> int",
  doc: "a / b rounded up to an int, exactly: ceildiv(7, 2) is 4, ceildiv(-7, 2) is -3 (a // b rounds down); faults (divzero) when b is 0; ceildiv(smallest int, -1) wraps like //",
  examples: [
    { code: "ceildiv(7, 2)", result: "4" },
    { code: "ceildiv(-7, 2)", result: "-3" },
  ],
  oracle: (a: bigint, b: bigint) => {
    if (b === 0n) throw new Fault("divzero");
    if (a === MIN && b === -1n) return MIN;
    const q = a / b, r = a % b;
    return q + (r !== 0n && (r > 0n) === (b > 0n) ? 1n : 0n);
  },
});
