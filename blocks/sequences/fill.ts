import { block, Fault } from "../block.js";
import { LIMIT } from "./_util.js";
import { count, elem } from "./_args.js";

export default block({
  name: "fill",
  aliases: ["full", "replicate"],
  sig: "(n: int, x: T) -> [T]",
  types: { T: ["any"] },
  doc: "an array of n copies of x; empty when n <= 0; faults memory above 2^28 elements",
  examples: [
    { code: "fill(3, 0)", result: "[0, 0, 0]" },
    { code: "fill(2, \"ab\")", result: "[\"ab\", \"ab\"]" },
  ],
  oracle: (n: bigint, x: any) => {
    if (n <= 0n) return [];
    if (n > LIMIT) throw new Fault("memory");
    return Array(Number(n)).fill(x);
  },
  test: { args: (gen, t) => gen.fc.tuple(gen.fc.oneof(count(gen), gen.fc.integer({ min: 0, max: 300 }).map(BigInt)), elem(gen, t.T)) },
});
