import { block } from "../../blocks/block.js";

export default block({
  name: "ungray",
  aliases: ["fromgray", "gray2bin", "graydecode"],
  sig: "(g: int) -> int",
  doc: "the number whose Gray code is g (the inverse of gray: ungray(gray(n)) is n for every int)",
  examples: [
    { code: "[0, 1, 3, 2, 6].map(ungray)", result: "[0, 1, 2, 3, 4]" },
  ],
  oracle: (g: bigint) => { let n = BigInt.asUintN(64, g), x = n; while ((x >>= 1n)) n ^= x; return BigInt.asIntN(64, n); },
});
