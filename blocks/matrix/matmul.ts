import { block, Fault } from "../block.js";
import { arith, cols, elem, matrix } from "./_shape.js";

export default block({
  name: "matmul",
  aliases: ["matprod", "mmul"],
  sig: "(a: [[T]], b: [[T]]) -> [[T]]",
  types: { T: ["int", "float"] },
  doc: "the matrix product of row-major a (n×m) and b (m×p), each entry summed over k in order (ints wrap); [] when a has no rows; faults argument on ragged rows or when a's column count is not b's row count",
  examples: [
    { code: "[[1, 2], [3, 4]].matmul([[5, 6], [7, 8]])", result: "[[19, 22], [43, 50]]" },
    { code: "[[1.5, 2.0]].matmul([[2.0], [0.25]])", result: "[[3.5]]" },
  ],
  oracle: (a: any[][], b: any[][], t) => {
    const m = cols(a), p = cols(b);
    if (a.length > 0 && m !== b.length) throw new Fault("argument");
    const { zero, add, mul } = arith(t);
    return a.map((row) => Array.from({ length: p }, (_, j) => {
      let acc = zero;
      for (let k = 0; k < m; k++) acc = add(acc, mul(row[k], b[k][j]));
      return acc;
    }));
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc, el = elem(gen, t);
      const mat = (n: number, m: number) => fc.array(fc.array(el, { minLength: m, maxLength: m }), { minLength: n, maxLength: n });
      const fitting = fc.tuple(fc.nat(6), fc.nat(6), fc.nat(6)).chain(([n, m, p]: number[]) => fc.tuple(mat(n, m), mat(m, p)));
      return fc.oneof({ weight: 8, arbitrary: fitting }, { weight: 2, arbitrary: fc.tuple(matrix(gen, el, 4), matrix(gen, el, 4)) });
    },
  },
});
