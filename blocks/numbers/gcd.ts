import { block } from "../block.js";

export const absBig = (x: bigint) => (x < 0n ? -x : x);
export function gcdBig(a: bigint, b: bigint): bigint {
  a = absBig(a); b = absBig(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

export default block({
  name: "gcd",
  aliases: ["hcf", "gcf"],
  sig: "(a: int, b: int) -> int",
  doc: "the greatest common divisor of |a| and |b| (never negative); gcd(0, 0) is 0; gcd(INT64_MIN, 0) is 2^63, which wraps to INT64_MIN like abs",
  examples: [
    { code: "gcd(12, 18)", result: "6" },
    { code: "gcd(-4, 0)", result: "4" },
  ],
  oracle: (a: bigint, b: bigint) => BigInt.asIntN(64, gcdBig(a, b)),
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const multiple = fc.tuple(fc.bigInt({ min: -1000000n, max: 1000000n }), fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -1000n, max: 1000n }))
        .map(([g, x, y]: bigint[]) => [BigInt.asIntN(64, g * x), BigInt.asIntN(64, g * y)]);
      return fc.oneof(fc.tuple(gen.int, gen.int), multiple);
    },
  },
});
