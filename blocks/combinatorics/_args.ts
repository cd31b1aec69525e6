// Test generators for the combinatorics blocks (no default export: not a block). Inputs stay small
// where the output is exponential; the "big" generators only make requests far past the memory
// limit, so the fault path is exercised without ever building a huge result.

/** The standard generator for an element of instantiation key k (a type or a lane). */
export function elem(gen: any, k: string): any {
  return gen.lane(k);
}

/** Arrays of the instantiation's T, at most `max` long. */
export const arr = (gen: any, t: Record<string, string>, max: number): any => gen.array(elem(gen, t.T), max);

/** Arrays of T with a length in min..max. */
export const sized = (gen: any, t: Record<string, string>, min: number, max: number): any =>
  gen.fc.array(elem(gen, t.T), { minLength: min, maxLength: max });

/** Small counts around the array lengths, including negatives. */
export const small = (gen: any, min: number, max: number): any => gen.fc.integer({ min, max }).map(BigInt);

/** Counts at the int range's edges and past 32 bits. */
export const extreme = (gen: any): any =>
  gen.fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n, -(2n ** 31n), 2n ** 31n, 2n ** 31n - 1n, 2n ** 32n + 1n, 2n ** 28n + 1n, 2n ** 40n);

/** An array of T (at most `max` long) with a count mostly inside 0..length, sometimes just outside. */
export const arrCount = (gen: any, t: Record<string, string>, max: number, extra = 1): any =>
  arr(gen, t, max).chain((xs: any[]) => gen.fc.tuple(gen.fc.constant(xs), small(gen, -1, xs.length + extra)));
