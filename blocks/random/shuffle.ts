import { block } from "../block.js";
import { xorshift64star } from "./_prng.js";

export default block({
  name: "shuffle",
  aliases: ["shuffled"],
  sig: "(xs: [T], seed: int) -> [T]",
  types: { T: ["any"] },
  doc: "a shuffled copy of xs (Fisher–Yates: for i = len − 1 down to 1 swap i with a draw in [0, i] made as in randint from the xorshift64* stream of seed); empty stays empty",
  examples: [
    { code: "[1, 2, 3, 4, 5].shuffle(7)", result: "[2, 4, 1, 5, 3]" },
    { code: "[\"a\", \"b\", \"c\"].shuffle(1)", result: "[\"a\", \"c\", \"b\"]" },
  ],
  oracle: (xs: any[], seed: bigint) => {
    const g = xorshift64star(seed);
    const out = [...xs];
    for (let i = out.length - 1; i >= 1; i--) {
      const j = Number(g.below(BigInt(i + 1)));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  },
});
