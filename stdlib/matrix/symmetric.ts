import { block } from "../../blocks/block.js";
import transpose from "../../blocks/matrix/transpose.js";
import { elem, matrix } from "./_m.js";

export default block({
  name: "symmetric",
  aliases: ["issymmetric", "issym", "selfadjoint"],
  sig: "(m: [[T]]) -> bool",
  types: { T: ["int", "float", "str"] },
  doc: "whether m equals its transpose (m[i][j] == m[j][i] for all i, j): false when it is not square, true for []; entries compare with == (so a NaN makes it false); faults argument on ragged rows",
  examples: [
    { code: "[[1, 2], [2, 3]].symmetric", result: "true" },
    { code: "[[1, 2, 3]].symmetric", result: "false" },
  ],
  oracle: (m: any[][], t: any) => {
    const tr = transpose.oracle(m, t) as any[][];
    return m.length === tr.length && m.every((r, i) => r.length === tr[i].length && r.every((x, j) => x === tr[i][j]));
  },
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const el = elem(gen, t);
      const sym = fc.integer({ min: 0, max: 4 }).chain((n: number) => fc.array(el, { minLength: n * n, maxLength: n * n }).map((xs: any[]) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => xs[Math.min(i, j) * n + Math.max(i, j)]))));
      return fc.tuple(fc.oneof(matrix(gen, el, 4), sym));
    },
  },
});
