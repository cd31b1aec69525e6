import { block, Fault } from "../block.js";
import { PAIR_LIMIT } from "./_util.js";

export default block({
  name: "cartesian",
  aliases: ["cartesian_product", "cartesianproduct", "crossjoin", "cross_join"],
  sig: "(a: [T], b: [U]) -> [(T, U)]",
  types: { T: ["any"], U: ["any"] },
  doc: "every pair (x, y) with x from a and y from b, a-major: (a[0], b[0]), (a[0], b[1]), ..., like Python's itertools.product(a, b); len(a) * len(b) pairs, [] when either is empty; faults memory above 2^27 pairs",
  examples: [
    { code: "[1, 2].cartesian([\"a\", \"b\", \"c\"])", result: "[(1, \"a\"), (1, \"b\"), (1, \"c\"), (2, \"a\"), (2, \"b\"), (2, \"c\")]" },
    { code: "cartesian([true], [0.5, 1.5])", result: "[(true, 0.5), (true, 1.5)]" },
  ],
  oracle: (a: any[], b: any[]) => {
    if (BigInt(a.length) * BigInt(b.length) > PAIR_LIMIT) throw new Fault("memory");
    return a.flatMap((x) => b.map((y) => [x, y]));
  },
});
