import { block, Fault } from "../block.js";

export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

export default block({
  name: "isqrt",
  aliases: ["intsqrt"],
  sig: "(n: int) -> int",
  doc: "the integer square root: the largest r with r*r <= n, exact for all ints (like Python's math.isqrt); faults with argument when n < 0",
  examples: [
    { code: "isqrt(17)", result: "4" },
    { code: "isqrt(9223372036854775807)", result: "3037000499" },
  ],
  oracle: (n: bigint) => {
    if (n < 0n) throw new Fault("argument");
    return isqrtBig(n);
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const nearSquare = fc.tuple(fc.bigInt({ min: 0n, max: 3037000499n }), fc.bigInt({ min: -2n, max: 2n }))
        .map(([r, d]: bigint[]) => BigInt.asIntN(64, r * r + d));
      return fc.tuple(fc.oneof(gen.int, nearSquare));
    },
  },
});
