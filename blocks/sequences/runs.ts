import { block } from "../block.js";
import { eq } from "./_util.js";

export default block({
  name: "runs",
  sig: "(xs: [T]) -> [[T]]",
  types: { T: ["int", "float", "str", "bool"] },
  doc: "the elements split into maximal runs of consecutive equal ones (floats: NaN matches NaN, -0.0 matches 0.0), in order; empty when xs is",
  examples: [
    { code: "[1, 1, 2, 1].runs", result: "[[1, 1], [2], [1]]" },
    { code: "[\"a\", \"a\", \"b\"].runs", result: "[[\"a\", \"a\"], [\"b\"]]" },
  ],
  oracle: (xs: any[]) => {
    const out: any[][] = [];
    xs.forEach((x, i) => (i > 0 && eq(xs[i - 1], x) ? out[out.length - 1].push(x) : out.push([x])));
    return out;
  },
});
