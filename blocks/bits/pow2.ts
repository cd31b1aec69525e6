import { block } from "../block.js";

export default block({
  name: "pow2",
  aliases: ["ispow2", "is_power_of_two", "ispoweroftwo", "has_single_bit"],
  sig: "(n: int) -> bool",
  doc: "whether n is a power of two (1, 2, 4, …); false for 0 and every negative n",
  examples: [
    { code: "pow2(64)", result: "true" },
    { code: "pow2(12)", result: "false" },
  ],
  oracle: (n: bigint) => n > 0n && (n & (n - 1n)) === 0n,
  test: { args: (gen: any) => gen.fc.tuple(gen.fc.oneof(gen.int, gen.nat(62).map((k: bigint) => 1n << k), gen.nat(63).map((k: bigint) => BigInt.asIntN(64, (1n << k) - 1n)))) },
});
