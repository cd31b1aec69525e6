import { block, Fault } from "../block.js";

export default block({
  name: "choose",
  aliases: ["binomial", "comb", "ncr"],
  sig: "(n: int, k: int) -> int",
  doc: "the binomial coefficient C(n, k): the number of ways to choose k of n items (Python's math.comb); 0 when k > n; faults with argument when n or k is negative and with overflow when the result exceeds the int range",
  examples: [
    { code: "choose(5, 2)", result: "10" },
    { code: "choose(60, 30)", result: "118264581564861424" },
  ],
  oracle: (n: bigint, k: bigint) => {
    if (n < 0n || k < 0n) throw new Fault("argument");
    if (k > n) return 0n;
    if (k > n - k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) {
      r = (r * (n - k + i)) / i;
      if (r >= 2n ** 63n) throw new Fault("overflow");
    }
    return r;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const small = fc.bigInt({ min: -2n, max: 80n });
      const wide = fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 62n }), fc.bigInt({ min: 0n, max: 4n }));
      return fc.oneof(
        fc.tuple(gen.int, gen.int),
        fc.tuple(small, small),
        fc.tuple(fc.bigInt({ min: 0n, max: 70n }), fc.bigInt({ min: 0n, max: 70n })),
        wide,
        fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 62n }), fc.bigInt({ min: 0n, max: 3n })).map(([n, d]: bigint[]) => [n, n - d]),
      );
    },
  },
});
