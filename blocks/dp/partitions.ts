import { block } from "../block.js";

// exact partition numbers by Euler's pentagonal recurrence, grown on demand
const P: bigint[] = [1n];
function p(n: number): bigint {
  for (let m = P.length; m <= n; m++) {
    let s = 0n;
    for (let k = 1; ; k++) {
      const g1 = (k * (3 * k - 1)) / 2, g2 = (k * (3 * k + 1)) / 2;
      if (g1 > m) break;
      const sign = k % 2 ? 1n : -1n;
      s += sign * P[m - g1];
      if (g2 <= m) s += sign * P[m - g2];
    }
    P.push(s);
  }
  return P[n];
}

export default block({
  name: "partitions",
  aliases: ["npartitions"],
  sig: "(n: int) -> int",
  doc: "the number of ways to write n as a sum of positive integers, order ignored (p(0) = 1, p(n) = 0 for n < 0; wraps at 64 bits from p(406) on)",
  examples: [
    { code: "partitions(5)", result: "7" },
    { code: "partitions(100)", result: "190569292" },
  ],
  oracle: (n: bigint) => (n < 0n ? 0n : BigInt.asIntN(64, p(Number(n)))),
  test: {
    args: (gen) => gen.fc.tuple(gen.fc.oneof(
      { weight: 4, arbitrary: gen.nat(60) },
      { weight: 3, arbitrary: gen.nat(3000) },
      { weight: 1, arbitrary: gen.fc.constantFrom(-1n, -100n, -(2n ** 63n), 405n, 406n) },
    )),
  },
});
