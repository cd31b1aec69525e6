import { block } from "../block.js";
import { absBig, gcdBig } from "./gcd.js";

export default block({
  name: "lcm",
  sig: "(a: int, b: int) -> int",
  doc: "the least common multiple of |a| and |b| (never negative unless it wraps); 0 when either is 0; wraps at 64 bits when too large",
  examples: [
    { code: "lcm(4, 6)", result: "12" },
    { code: "lcm(-3, 5)", result: "15" },
  ],
  oracle: (a: bigint, b: bigint) => (a === 0n || b === 0n ? 0n : BigInt.asIntN(64, (absBig(a) / gcdBig(a, b)) * absBig(b))),
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const multiple = fc.tuple(fc.bigInt({ min: -1000000n, max: 1000000n }), fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -1000n, max: 1000n }))
        .map(([g, x, y]: bigint[]) => [BigInt.asIntN(64, g * x), BigInt.asIntN(64, g * y)]);
      return fc.oneof(fc.tuple(gen.int, gen.int), multiple);
    },
  },
});
