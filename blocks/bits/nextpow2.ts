import { block, Fault } from "../block.js";

export default block({
  name: "nextpow2",
  aliases: ["next_power_of_two", "nextpoweroftwo", "bit_ceil", "ceilpow2"],
  sig: "(n: int) -> int",
  doc: "the smallest power of two >= n (1 for every n <= 1); faults (overflow) when n > 2^62",
  examples: [
    { code: "nextpow2(5)", result: "8" },
    { code: "nextpow2(16)", result: "16" },
  ],
  oracle: (n: bigint) => {
    if (n > 1n << 62n) throw new Fault("overflow");
    let p = 1n;
    while (p < n) p <<= 1n;
    return p;
  },
  test: {
    args: (gen: any) =>
      gen.fc.tuple(gen.fc.oneof(gen.int, gen.fc.tuple(gen.nat(63), gen.fc.constantFrom(-1n, 0n, 1n)).map(([k, d]: bigint[]) => BigInt.asIntN(64, (1n << k) + d)))),
  },
});
