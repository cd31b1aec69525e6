import { block } from "../block.js";

const absBig = (x: bigint) => (x < 0n ? -x : x);

export default block({
  name: "digits",
  sig: "(n: int) -> [int]",
  doc: "the base-10 digits of |n|, most significant first; digits(0) is [0]; the sign is dropped",
  examples: [
    { code: "digits(1203)", result: "[1, 2, 0, 3]" },
    { code: "digits(-45)", result: "[4, 5]" },
  ],
  oracle: (n: bigint) => [...absBig(n).toString()].map((c) => BigInt(c)),
});
