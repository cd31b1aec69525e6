// Shared reference arithmetic for the stats, sets and search oracles. Each function repeats, step
// by step, the float operations the templates perform, so oracle and template agree bit for bit.
// (No default export: the registry skips this module.)

/** An element as a float: ints convert with round-to-nearest (like f64.convert_i64_s). */
export const toF = (x: bigint | number): number => (typeof x === "bigint" ? Number(x) : x);

/** Neumaier-compensated sum, left to right; when the running sum is not finite (inf, NaN or
 *  overflow) it is returned as it is. */
export function nsum(xs: Iterable<number>): number {
  let s = 0, c = 0;
  for (const x of xs) {
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += (s - t) + x;
    else c += (x - t) + s;
    s = t;
  }
  return Number.isFinite(s) ? s + c : s;
}

const TWO32 = 4294967296, TWOM32 = 1 / 4294967296;

/** The mean as the templates compute it. Ints: the exact sum rounded once, divided by n.
 *  Floats: compensated sum / n, refined by one correction pass (exact for constant arrays);
 *  a sum that overflows with finite elements is redone scaled by 2^-32. */
export function mean(xs: (bigint | number)[]): number {
  const n = xs.length;
  if (typeof xs[0] === "bigint") return Number((xs as bigint[]).reduce((a, b) => a + b, 0n)) / n;
  const fs = xs as number[];
  const s = nsum(fs);
  if (Number.isFinite(s)) {
    const m = s / n;
    let d = 0;
    for (const x of fs) d += x - m;
    return Number.isFinite(d) ? m + d / n : m;
  }
  if (fs.every((x) => Number.isFinite(x))) return (nsum(fs.map((x) => x * TWOM32)) / n) * TWO32;
  return s / n;
}

/** Sum of squared deviations from m, compensated. */
export function sqdev(xs: (bigint | number)[], m: number): number {
  return nsum(xs.map((x) => { const d = toF(x) - m; return d * d; }));
}

/** Total order of floats as the templates sort them: -0 before +0, NaN last. */
export function fless(a: number, b: number): boolean {
  if (Number.isNaN(a)) return false;
  if (Number.isNaN(b)) return true;
  if (a === 0 && b === 0) return Object.is(a, -0) && !Object.is(b, -0);
  return a < b;
}

/** Strings in code point order (UTF-8 byte order), as $rt_str_cmp compares them. */
export function scmp(a: string, b: string): number {
  const x = Buffer.from(a, "utf8"), y = Buffer.from(b, "utf8");
  return Buffer.compare(x, y);
}

/** "a comes before b" in the order each element type sorts by. */
export function less(a: any, b: any): boolean {
  if (typeof a === "string") return scmp(a, b) < 0;
  if (typeof a === "number") return fless(a, b);
  return a < b;
}

/** A sorted copy in that order. */
export function sorted<T>(xs: T[]): T[] {
  return [...xs].sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
}

// ---- test generators -------------------------------------------------------------------------

/** The standard generator for one element kind (int, float, str, bool). */
export function elem(gen: any, k: string): any {
  return k === "int" ? gen.int : k === "float" ? gen.float : k === "str" ? gen.str : gen.bool;
}

/** Arrays of that kind: mostly the standard short ones, sometimes long (to reach the paths
 *  that only large inputs take, such as radix sorting and hash table growth). */
export function arrays(gen: any, k: string, long = 300): any {
  const el = elem(gen, k);
  const arbs = [{ weight: 6, arbitrary: gen.array(el) }, { weight: 2, arbitrary: gen.array(el, long) }];
  // floats near the overflow threshold, where sums and differences of finite values overflow
  if (k === "float") arbs.push({ weight: 1, arbitrary: gen.array(gen.fc.constantFrom(1e308, -1e308, 1.7976931348623157e308, -1.7976931348623157e308, 8e307, 0, 1, -0.5)) });
  return gen.fc.oneof(...arbs);
}

// ---- order statistics ------------------------------------------------------------------------

const hasNaN = (xs: (bigint | number)[]) => xs.some((x) => typeof x === "number" && Number.isNaN(x));

/** The median: the middle element, or the mean of the two middle ones (ints: their exact sum
 *  rounded once, halved; floats: (a + b) / 2, or a/2 + b/2 where that overflows); NaN if any
 *  element is NaN. Callers fault on empty input. */
export function median(xs: (bigint | number)[]): number {
  if (hasNaN(xs)) return NaN;
  const s = sorted(xs), n = s.length, h = n >> 1;
  if (n % 2) return toF(s[h]);
  const a = s[h - 1], b = s[h];
  if (typeof a === "bigint") return Number(a + (b as bigint)) * 0.5;
  const m = (a + (b as number)) * 0.5;
  return !Number.isFinite(m) && Number.isFinite(a) && Number.isFinite(b) ? a * 0.5 + (b as number) * 0.5 : m;
}

/** NumPy's default ("linear") quantile, q in [0, 1]: position h = (n - 1) q between the sorted
 *  elements at floor(h) and floor(h) + 1, interpolated as numpy's _lerp does. NaN if any element is NaN. */
export function quantile(xs: (bigint | number)[], q: number): number {
  if (hasNaN(xs)) return NaN;
  const s = sorted(xs), n = s.length;
  const h = (n - 1) * q, lo = Math.floor(h), hi = Math.min(lo + 1, n - 1), g = h - lo;
  const a = toF(s[lo]);
  if (g === 0) return a;
  const b = toF(s[hi]);
  if (a === b) return a;
  const d = b - a;
  return g >= 0.5 ? b - d * (1 - g) : a + d * g;
}

/** (min, max) as f64.min/f64.max (Math.min/Math.max) give them for floats: NaN wins, -0 < +0. */
export function extent(xs: (bigint | number)[]): [any, any] {
  if (typeof xs[0] === "number") return [(xs as number[]).reduce((a, b) => Math.min(a, b)), (xs as number[]).reduce((a, b) => Math.max(a, b))];
  const b = xs as bigint[];
  return [b.reduce((x, y) => (y < x ? y : x)), b.reduce((x, y) => (y > x ? y : x))];
}

/** Two arrays of one kind, mostly of equal length (sometimes with ys a linear function of xs),
 *  sometimes of any lengths. */
export function pairs(gen: any, k: string): any {
  const fc = gen.fc, el = elem(gen, k);
  const split = (ps: [any, any][]) => [ps.map((p) => p[0]), ps.map((p) => p[1])];
  const lin = (xs: any[]) => [xs, xs.map((x) => (typeof x === "bigint" ? BigInt.asIntN(64, x * 3n - 7n) : x * -2 + 0.5))];
  return fc.oneof(
    { weight: 6, arbitrary: gen.array(fc.tuple(el, el)).map(split) },
    { weight: 2, arbitrary: gen.array(fc.tuple(el, el), 200).map(split) },
    { weight: 2, arbitrary: gen.array(el).map(lin) },
    { weight: 1, arbitrary: fc.tuple(gen.array(el), gen.array(el)) },
  );
}

/** The compensated sum of f(i) for i in 0..n-1. */
export const nsumOf = (n: number, f: (i: number) => number) => nsum(Array.from({ length: n }, (_, i) => f(i)));

/** Two arrays for set operations: mostly drawn from one small pool (so they overlap, repeat and
 *  contain each other), sometimes independent, sometimes long. */
export function setPairs(gen: any, k: string): any {
  const fc = gen.fc, el = elem(gen, k);
  const fromPool = (poolMax: number, maxLen: number) =>
    fc.array(el, { minLength: 1, maxLength: poolMax }).chain((pool: any[]) =>
      fc.tuple(fc.array(fc.constantFrom(...pool), { maxLength: maxLen }), fc.array(fc.constantFrom(...pool), { maxLength: maxLen })));
  return fc.oneof(
    { weight: 4, arbitrary: fromPool(8, 20) },
    { weight: 2, arbitrary: fc.tuple(gen.array(el), gen.array(el)) },
    { weight: 1, arbitrary: gen.array(el).chain((b: any[]) => fc.tuple(fc.subarray(b), fc.constant(b))) },
    { weight: 1, arbitrary: fromPool(150, 300) },
  );
}

/** "a < x" as the search templates test it: code point order for strings; for floats NaN sorts
 *  above everything (so a < NaN for every non-NaN a). */
export function slt(a: any, x: any): boolean {
  if (typeof a === "string") return scmp(a, x) < 0;
  if (typeof a === "number") return a < x || (Number.isNaN(x) && !Number.isNaN(a));
  return a < x;
}

/** The templates' binary search: the first index whose element is not slt x (on unsorted input,
 *  wherever this same halving lands). */
export function lowerBound(xs: any[], x: any, lt: (a: any, x: any) => boolean = slt): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lt(xs[mid], x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sorted array and a probe: the probe often one of the elements or next to one; sometimes
 *  the array is left unsorted. */
export function sortedProbe(gen: any, k: string): any {
  const fc = gen.fc, el = elem(gen, k);
  const arr = fc.oneof({ weight: 4, arbitrary: gen.array(el).map(sorted) }, { weight: 1, arbitrary: gen.array(el, 300).map(sorted) }, { weight: 1, arbitrary: gen.array(el) });
  return arr.chain((xs: any[]) => fc.tuple(fc.constant(xs), xs.length ? fc.oneof(fc.constantFrom(...xs), el) : el));
}
