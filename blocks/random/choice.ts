import { block, Fault } from "../block.js";
import { xorshift64star } from "./_prng.js";

export default block({
  name: "choice",
  sig: "(xs: [T], seed: int) -> T",
  sublinear: true,
  types: { T: ["any"] },
  doc: "the element of xs at a position drawn in [0, len − 1] as in randint from the xorshift64* stream of seed (so choice(xs, s) = xs[randint(s, 1, 0, len − 1)[0]]); fault empty when xs is empty",
  examples: [
    { code: "[10, 20, 30].choice(7)", result: "20" },
    { code: "[\"a\", \"b\", \"c\"].choice(1)", result: "b" },
  ],
  oracle: (xs: any[], seed: bigint) => {
    if (xs.length === 0) throw new Fault("empty");
    return xs[Number(xorshift64star(seed).below(BigInt(xs.length)))];
  },
});
