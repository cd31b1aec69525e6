import { block } from "../../blocks/block.js";

const w = (x: bigint) => BigInt.asIntN(64, x);

export default block({
  name: "extgcd",
  aliases: ["egcd", "xgcd", "extendedgcd", "bezout", "igcdex"],
  sig: "(a: int, b: int) -> (int, int, int)",
  doc: "(g, x, y) with g = gcd(a, b) >= 0 and a·x + b·y = g (the Bézout coefficients the extended Euclidean algorithm gives, with floor division as in Python); extgcd(0, 0) is (0, 1, 0); ints wrap only for the smallest int",
  examples: [
    { code: "extgcd(240, 46)", result: "(2, -9, 47)" },
    { code: "extgcd(0, 5)", result: "(5, 0, 1)" },
  ],
  oracle: (a: bigint, b: bigint) => {
    let [r0, r1, s0, s1, t0, t1] = [a, b, 1n, 0n, 0n, 1n];
    const fdiv = (x: bigint, y: bigint) => { const q = x / y; return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q; };
    while (r1 !== 0n) {
      const q = fdiv(r0, r1);
      [r0, r1] = [r1, r0 - q * r1];
      [s0, s1] = [s1, s0 - q * s1];
      [t0, t1] = [t1, t0 - q * t1];
    }
    return r0 < 0n ? [w(-r0), w(-s0), w(-t0)] : [w(r0), w(s0), w(t0)];
  },
  test: { args: (gen) => { const v = gen.fc.oneof(gen.small, gen.fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n })); return gen.fc.tuple(v, v); } },
});
