import { block, Fault } from "../block.js";

export default block({
  name: "primes",
  aliases: ["sieve"],
  sig: "(n: int) -> [int]",
  doc: "all primes <= n, ascending, by a sieve of Eratosthenes (one bit per odd number); [] when n < 2; faults with memory when n > 2^32",
  examples: [
    { code: "primes(20)", result: "[2, 3, 5, 7, 11, 13, 17, 19]" },
    { code: "primes(2)", result: "[2]" },
  ],
  oracle: (n: bigint) => {
    if (n < 2n) return [];
    if (n > 2n ** 32n) throw new Fault("memory");
    const N = Number(n), comp = new Uint8Array(N + 1), out: bigint[] = [];
    for (let i = 2; i <= N; i++) {
      if (comp[i]) continue;
      out.push(BigInt(i));
      for (let j = i * i; j <= N; j += i) comp[j] = 1;
    }
    return out;
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      return fc.tuple(fc.oneof(gen.small, gen.nat(10000), gen.nat(200), fc.constantFrom(-(2n ** 63n), 2n ** 32n + 1n, 2n ** 63n - 1n, 127n, 128n, 129n, 130n, 131n), fc.bigInt({ min: 0n, max: 300000n })));
    },
  },
});
