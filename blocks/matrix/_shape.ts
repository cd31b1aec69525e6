// Shared by the matrix blocks' oracles and generators (no default export: not a block).
import { Fault } from "../block.js";

/** The column count of a row-major matrix (0 when it has no rows); faults "argument" when ragged. */
export function cols(m: any[][]): number {
  const c = m.length ? m[0].length : 0;
  for (const r of m) if (r.length !== c) throw new Fault("argument");
  return c;
}

/** A wrapping int or plain float zero / add / multiply, chosen by the element type. */
export function arith(t: Record<string, string>) {
  const isInt = t.T === "int" || t.T === "i64";
  return {
    zero: (isInt ? 0n : 0) as any,
    add: (a: any, b: any): any => (isInt ? BigInt.asIntN(64, (a as bigint) + (b as bigint)) : (a as number) + (b as number)),
    mul: (a: any, b: any): any => (isInt ? BigInt.asIntN(64, (a as bigint) * (b as bigint)) : (a as number) * (b as number)),
  };
}

/** Rectangular matrices of 0..max rows and columns, with some ragged ones and the empty one. */
export function matrix(gen: any, el: any, max = 6): any {
  const fc = gen.fc;
  const rect = fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).chain(([n, m]: [number, number]) =>
    fc.array(fc.array(el, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }));
  const square = fc.integer({ min: 0, max }).chain((n: number) =>
    fc.array(fc.array(el, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }));
  return fc.oneof(
    { weight: 6, arbitrary: rect },
    { weight: 3, arbitrary: square },
    { weight: 1, arbitrary: fc.array(fc.array(el, { maxLength: 4 }), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constant([]) },
  );
}

/** The standard generator for the instantiation's element type T. */
export function elem(gen: any, t: Record<string, string>): any {
  return gen.lane(t.T);
}

/** Two vectors, mostly of the same length. */
export function vectors(gen: any, el: any): any {
  const fc = gen.fc;
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }).chain((n: number) => fc.tuple(fc.array(el, { minLength: n, maxLength: n }), fc.array(el, { minLength: n, maxLength: n }))) },
    { weight: 1, arbitrary: fc.tuple(gen.array(el, 6), gen.array(el, 6)) },
  );
}
