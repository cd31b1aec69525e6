// Shared test generators for the sequences blocks (no default export: not a block).

/** The standard generator for an element of instantiation key k (int, float, str, bool or a lane). */
export function elem(gen: any, k: string): any {
  return gen.lane(k);
}

/** Arrays of the instantiation's T. */
export const arr = (gen: any, t: Record<string, string>, max?: number): any => gen.array(elem(gen, t.T), max);

/** The first argument: an array of T (overload 0) or a string (the str overload). */
export const seq = (gen: any, t: Record<string, string>, overload: number): any => (overload === 0 ? arr(gen, t) : gen.str);

/** An index or count: mostly around the lengths the generators make, plus negatives and extremes. */
export const idx = (gen: any): any =>
  gen.fc.oneof({ weight: 8, arbitrary: gen.fc.integer({ min: -4, max: 34 }).map(BigInt) }, { weight: 1, arbitrary: gen.int });

/** A count that may be too large to allocate (tests the "memory" fault) but never in the range that is merely slow. */
export const count = (gen: any): any =>
  gen.fc.oneof(
    { weight: 8, arbitrary: gen.fc.integer({ min: -3, max: 12 }).map(BigInt) },
    { weight: 1, arbitrary: gen.fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n, 2n ** 28n + 1n, 2n ** 32n + 1n, 2n ** 40n) },
  );

/** An array and an element of it (or, sometimes, any element). */
export const arrElem = (gen: any, t: Record<string, string>): any =>
  gen.fc.oneof(
    { weight: 1, arbitrary: gen.fc.tuple(arr(gen, t), elem(gen, t.T)) },
    { weight: 2, arbitrary: arr(gen, t).chain((xs: any[]) => gen.fc.tuple(gen.fc.constant(xs), xs.length ? gen.fc.constantFrom(...xs) : elem(gen, t.T))) },
  );

/** A slice bound: like idx but as often negative as not. */
export const sidx = (gen: any): any => idx(gen).map((i: bigint) => BigInt.asIntN(64, i - 15n));
