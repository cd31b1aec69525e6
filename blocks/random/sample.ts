import { block, Fault } from "../block.js";
import { xorshift64star } from "./_prng.js";

export default block({
  name: "sample",
  sig: "(xs: [T], k: int, seed: int) -> [T]",
  types: { T: ["any"] },
  doc: "k elements from k distinct positions of xs, in the order drawn (partial Fisher–Yates: for i = 0 … k − 1 swap i with a draw in [i, len − 1] made as in randint from the xorshift64* stream of seed); fault argument when k < 0 or k > len",
  examples: [
    { code: "[10, 20, 30, 40, 50].sample(2, 7)", result: "[30, 40]" },
    { code: "[\"a\", \"b\", \"c\"].sample(3, 1)", result: "[\"b\", \"c\", \"a\"]" },
  ],
  oracle: (xs: any[], k: bigint, seed: bigint) => {
    if (k < 0n || k > BigInt(xs.length)) throw new Fault("argument");
    const g = xorshift64star(seed);
    const out = [...xs];
    for (let i = 0; i < Number(k); i++) {
      const j = i + Number(g.below(BigInt(out.length - i)));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out.slice(0, Number(k));
  },
  test: {
    args: (gen: any, inst: Record<string, string>) => {
      const fc = gen.fc;
      const el = gen.lane(inst.T);
      return fc.tuple(gen.array(el), fc.oneof({ weight: 6, arbitrary: gen.nat(30) }, { weight: 1, arbitrary: gen.int }), gen.int)
        .map(([xs, k, s]: any) => [xs, k, s]);
    },
  },
});
