import { block, Fault } from "../../blocks/block.js";
import { arr } from "../../blocks/sequences/_args.js";

export default block({
  name: "at",
  aliases: ["take_at", "gather", "pickindexes", "itemsat", "nptake"],
  sig: "(xs: [T], idxs: [int]) -> [T]",
  types: { T: ["any"] },
  doc: "the elements at the given indexes, in the order given, repeats allowed: xs[i] for each i (NumPy's take; a negative i counts from the end); faults index when an index is out of range",
  examples: [
    { code: "[\"a\", \"b\", \"c\"].at([2, 0, -1])", result: "[\"c\", \"a\", \"c\"]" },
  ],
  oracle: (xs: any[], idxs: bigint[]) => idxs.map((i) => {
    const j = i < 0n ? i + BigInt(xs.length) : i;
    if (j < 0n || j >= BigInt(xs.length)) throw new Fault("index");
    return xs[Number(j)];
  }),
  test: { args: (gen, t) => gen.fc.tuple(arr(gen, t, 10), gen.array(gen.fc.oneof({ weight: 10, arbitrary: gen.fc.bigInt({ min: -11n, max: 11n }) }, { weight: 1, arbitrary: gen.int }), 6)) },
});
