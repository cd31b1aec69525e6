import { block } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";

export default block({
  name: "cycle",
  aliases: ["cycled", "takecycle", "resize"],
  sig: "(xs: [T], n: int) -> [T]",
  types: { T: ["any"] },
  doc: "the first n elements of xs repeated end to end forever (Python's islice(cycle(xs), n)): [1, 2, 3].cycle(5) is [1, 2, 3, 1, 2]; [] when xs is empty or n <= 0 (repeat gives whole copies)",
  examples: [
    { code: "[1, 2, 3].cycle(5)", result: "[1, 2, 3, 1, 2]" },
    { code: "[\"a\"].cycle(0)", result: "[]" },
  ],
  oracle: (xs: any[], n: bigint) => (xs.length === 0 || n <= 0n ? [] : Array.from({ length: Number(n) }, (_, i) => xs[i % xs.length])),
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t, 6), gen.fc.integer({ min: -3, max: 40 }).map(BigInt)) },
});
