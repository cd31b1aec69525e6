// Shared by the stdlib matrix blocks' oracles and generators (no default export: not a block).
export { cols, elem, matrix, arith } from "../../blocks/matrix/_shape.js";
import { Fault } from "../../blocks/block.js";

/** Square float matrices (and some that are not), with small integer entries that make exact pivots and singular cases likely. */
export function squares(gen: any, max = 5): any {
  const fc = gen.fc;
  const el = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -4, max: 4 }) }, { weight: 2, arbitrary: gen.finite }, { weight: 1, arbitrary: gen.float });
  const sq = fc.integer({ min: 0, max }).chain((n: number) => fc.array(fc.array(el, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
  return fc.oneof({ weight: 8, arbitrary: sq }, { weight: 1, arbitrary: fc.array(fc.array(el, { maxLength: 3 }), { maxLength: 3 }) });
}

/** Gauss–Jordan elimination on [a | b] with partial pivoting (the first largest |pivot|), in the
 *  templates' order: the reduced right-hand side, or a fault (argument) when a pivot is 0. */
export function gaussJordan(a: number[][], b: number[][]): number[][] {
  const n = a.length;
  const x = a.map((r) => [...r]), y = b.map((r) => [...r]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(x[i][k]) > Math.abs(x[p][k])) p = i;
    if (x[p][k] === 0 || x[p][k] !== x[p][k]) throw new Fault("argument");
    [x[p], x[k]] = [x[k], x[p]];
    [y[p], y[k]] = [y[k], y[p]];
    const piv = x[k][k];
    for (let j = 0; j < n; j++) x[k][j] /= piv;
    for (let j = 0; j < y[k].length; j++) y[k][j] /= piv;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const f = x[i][k];
      for (let j = 0; j < n; j++) x[i][j] -= f * x[k][j];
      for (let j = 0; j < y[i].length; j++) y[i][j] -= f * y[k][j];
    }
  }
  return y;
}
