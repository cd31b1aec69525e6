import { block } from "../block.js";
import { arith, cols, elem, matrix } from "./_shape.js";

export default block({
  name: "rowsums",
  aliases: ["rowsum"],
  sig: "(m: [[T]]) -> [T]",
  types: { T: ["int", "float"] },
  doc: "the sum of each row, left to right (ints wrap; an empty row sums to 0); [] when m has no rows; faults argument on ragged rows",
  examples: [
    { code: "[[1, 2], [3, 4]].rowsums", result: "[3, 7]" },
    { code: "[[0.5, 0.25], [1.0, 2.0]].rowsums", result: "[0.75, 3.0]" },
  ],
  oracle: (m: any[][], t) => {
    cols(m);
    const { zero, add } = arith(t);
    return m.map((r) => r.reduce((a, b) => add(a, b), zero));
  },
  test: { args: (gen, t) => gen.fc.tuple(matrix(gen, elem(gen, t))) },
});
