import { block, Fault } from "../block.js";
import { factorize, numberArbs } from "./_nt.js";

export default block({
  name: "divisors",
  sig: "(n: int) -> [int]",
  doc: "all positive divisors of n, ascending (including 1 and n); divisors(1) is [1]; fast for every int (from the prime factorization); faults with argument when n < 1",
  examples: [
    { code: "divisors(12)", result: "[1, 2, 3, 4, 6, 12]" },
    { code: "divisors(13)", result: "[1, 13]" },
  ],
  oracle: (n: bigint) => {
    if (n < 1n) throw new Fault("argument");
    let ds = [1n];
    const fs = factorize(n);
    for (let i = 0; i < fs.length; ) {
      let j = i;
      while (j < fs.length && fs[j] === fs[i]) j++;
      const next: bigint[] = [];
      for (const d of ds) for (let k = 0, pk = 1n; k <= j - i; k++, pk *= fs[i]) next.push(d * pk);
      ds = next;
      i = j;
    }
    return ds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  },
  test: {
    args: (gen: any) => {
      const fc = gen.fc;
      const a = numberArbs(gen);
      return fc.tuple(fc.oneof(gen.int, gen.nat(100000), a.semiprime, a.power, a.smooth, a.special, fc.constantFrom(897612484786617600n, 735134400n, 963761198400n)));
    },
  },
});
