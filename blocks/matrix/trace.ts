import { block } from "../block.js";
import { arith, cols, elem, matrix } from "./_shape.js";

export default block({
  name: "trace",
  sig: "(m: [[T]]) -> T",
  types: { T: ["int", "float"] },
  doc: "the sum of the main diagonal m[i][i], i ascending (ints wrap; a non-square matrix uses its min(rows, cols) diagonal); 0 when empty; faults argument on ragged rows",
  examples: [
    { code: "[[1, 2], [3, 4]].trace", result: "5" },
    { code: "[[0.5, 9.0], [9.0, 0.25]].trace", result: "0.75" },
  ],
  oracle: (m: any[][], t) => {
    const c = cols(m);
    const { zero, add } = arith(t);
    let acc = zero;
    for (let i = 0; i < Math.min(m.length, c); i++) acc = add(acc, m[i][i]);
    return acc;
  },
  test: { args: (gen, t) => gen.fc.tuple(matrix(gen, elem(gen, t))) },
});
