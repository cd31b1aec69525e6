// Shared by the oracles and generators of stdlib/sequences (no default export: not a block).
import { elem } from "../../blocks/sequences/_args.js";

/** Elements of the instantiation's T drawn often from a few values, so arrays repeat elements. */
export function dupElem(gen: any, k: string): any {
  const fc = gen.fc;
  const small: Record<string, any> = { int: gen.small, i64: gen.small, float: fc.constantFrom(0, -0, NaN, 1.5, -2, Infinity), f64: fc.constantFrom(0, -0, NaN, 1.5, -2), str: fc.constantFrom("", "a", "b", "é", "漢"), i32: fc.constantFrom("", "a", "b"), bool: gen.bool };
  return fc.oneof({ weight: 2, arbitrary: small[k] }, { weight: 1, arbitrary: elem(gen, k) });
}

/** Arrays of T with repeats. */
export const dupArr = (gen: any, t: Record<string, string>, max = 30): any => gen.array(dupElem(gen, t.T), max);

/** Equality of elements as unique and counts see it: NaN matches NaN, -0.0 matches 0.0. */
export const same = (a: any, b: any): boolean => a === b || (typeof a === "number" && a !== a && b !== b);

/** The distinct elements in order of first appearance, each with its count. */
export function tally(xs: any[]): [any, bigint][] {
  const out: [any, bigint][] = [];
  for (const x of xs) {
    const g = out.find((p) => same(p[0], x));
    if (g) g[1]++;
    else out.push([x, 1n]);
  }
  return out;
}
