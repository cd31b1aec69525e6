import { block } from "../block.js";
import { arith, elem } from "./_shape.js";

export default block({
  name: "outer",
  sig: "(a: [T], b: [T]) -> [[T]]",
  types: { T: ["int", "float"] },
  doc: "the outer product: row i is a[i] * b[j] for each j (ints wrap); [] when a is empty, rows of [] when b is",
  examples: [
    { code: "[1, 2].outer([3, 4, 5])", result: "[[3, 4, 5], [6, 8, 10]]" },
    { code: "[0.5].outer([2.0, 4.0])", result: "[[1.0, 2.0]]" },
  ],
  oracle: (a: any[], b: any[], t) => {
    const { mul } = arith(t);
    return a.map((x) => b.map((y) => mul(x, y)));
  },
  test: { args: (gen, t) => gen.fc.tuple(gen.array(elem(gen, t), 8), gen.array(elem(gen, t), 9)) },
});
