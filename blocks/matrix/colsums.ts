import { block } from "../block.js";
import { arith, cols, elem, matrix } from "./_shape.js";

export default block({
  name: "colsums",
  aliases: ["colsum"],
  sig: "(m: [[T]]) -> [T]",
  types: { T: ["int", "float"] },
  doc: "the sum of each column, top to bottom (ints wrap); [] when m has no rows; faults argument on ragged rows",
  examples: [
    { code: "[[1, 2], [3, 4]].colsums", result: "[4, 6]" },
    { code: "[[0.5, 1.0], [0.25, 2.0]].colsums", result: "[0.75, 3.0]" },
  ],
  oracle: (m: any[][], t) => {
    const c = cols(m);
    const { zero, add } = arith(t);
    return Array.from({ length: c }, (_, j) => m.reduce((a, r) => add(a, r[j]), zero));
  },
  test: { args: (gen, t) => gen.fc.tuple(matrix(gen, elem(gen, t))) },
});
