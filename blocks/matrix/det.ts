import { block, Fault } from "../block.js";
import { cols } from "./_shape.js";

/** Gaussian elimination with partial pivoting (first largest |pivot|), in the template's exact order. */
function det(m: any[][]): number {
  const n = m.length;
  if (cols(m) !== n) throw new Fault("argument");
  const a = m.map((r) => r.map((x) => Number(x)));
  let d = 1;
  for (let k = 0; k < n; k++) {
    let p = k, best = Math.abs(a[k][k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i][k]);
      if (v > best) { best = v; p = i; }
    }
    if (a[p][k] === 0) return 0;
    if (p !== k) { [a[p], a[k]] = [a[k], a[p]]; d = -d; }
    const piv = a[k][k];
    d *= piv;
    for (let i = k + 1; i < n; i++) {
      const f = a[i][k] / piv;
      for (let j = k + 1; j < n; j++) a[i][j] -= f * a[k][j];
    }
  }
  return d;
}

export default block({
  name: "det",
  aliases: ["determinant"],
  sig: "(m: [[T]]) -> float",
  types: { T: ["int", "float"] },
  doc: "the determinant of a square matrix as a float, by Gaussian elimination with partial pivoting (so subject to rounding); 1.0 for the empty matrix; faults argument when m is ragged or not square",
  examples: [
    { code: "[[2, 0], [0, 3]].det", result: "6.0" },
    { code: "[[1.0, 2.0], [2.0, 4.0]].det", result: "0.0" },
  ],
  oracle: (m: any[][]) => det(m),
  test: {
    args: (gen, t) => {
      const fc = gen.fc;
      const el = t.T === "int" ? fc.oneof({ weight: 4, arbitrary: gen.small }, { weight: 1, arbitrary: gen.int })
        : fc.oneof({ weight: 6, arbitrary: gen.finite }, { weight: 1, arbitrary: gen.float }, { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) });
      const square = fc.integer({ min: 0, max: 7 }).chain((n: number) => fc.array(fc.array(el, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
      const any = fc.array(fc.array(el, { maxLength: 4 }), { maxLength: 4 });
      return fc.tuple(fc.oneof({ weight: 8, arbitrary: square }, { weight: 1, arbitrary: any }));
    },
  },
});
