import { block } from "../../blocks/block.js";

export default block({
  name: "gray",
  aliases: ["graycode", "tograycode", "bin2gray"],
  sig: "(n: int) -> int",
  doc: "the reflected binary Gray code of n, n ^ (n >>> 1) over its 64 bits (consecutive numbers differ in one bit); ungray reverses it",
  examples: [
    { code: "range(5).map(gray)", result: "[0, 1, 3, 2, 6]" },
  ],
  oracle: (n: bigint) => BigInt.asIntN(64, n ^ (BigInt.asUintN(64, n) >> 1n)),
});
