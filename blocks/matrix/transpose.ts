import { block } from "../block.js";
import { cols, elem, matrix } from "./_shape.js";

export default block({
  name: "transpose",
  sig: "(m: [[T]]) -> [[T]]",
  types: { T: ["any"] },
  doc: "the transpose of a row-major matrix: row j is column j of m; [] when m has no rows or no columns; faults argument on ragged rows",
  examples: [
    { code: "[[1, 2, 3], [4, 5, 6]].transpose", result: "[[1, 4], [2, 5], [3, 6]]" },
    { code: "[[\"a\", \"b\"]].transpose", result: "[[\"a\"], [\"b\"]]" },
  ],
  oracle: (m: any[][]) => {
    const c = cols(m);
    return Array.from({ length: c }, (_, j) => m.map((r) => r[j]));
  },
  test: { args: (gen, t) => gen.fc.tuple(matrix(gen, elem(gen, t))) },
});
