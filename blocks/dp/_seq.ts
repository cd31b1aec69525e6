// Shared by the dp blocks' oracles and generators (no default export: not a block).

const enc = new TextEncoder(), dec = new TextDecoder();

/** A string as the template sees it (lone surrogates become U+FFFD), split into code points. */
export const codePoints = (s: string): string[] => Array.from(dec.decode(enc.encode(s)));

/** Code point order of two strings (UTF-8 byte order), as the templates compare them. */
export function cmpStr(a: string, b: string): number {
  const x = enc.encode(a), y = enc.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Element equality as the templates test it: == on numbers (nan equals nothing), strings by content. */
export function same(a: any, b: any): boolean {
  if (typeof a === "string") return cmpStr(a, b) === 0;
  return a === b;
}

/** The standard generator for the instantiation's element type. */
export function elem(gen: any, t: Record<string, string>): any {
  return gen.of({ kind: t.T });
}

/** Two arrays drawn from one small pool of values (so they share elements), or two unrelated ones. */
export function related(gen: any, el: any, maxLength = 25): any {
  const fc = gen.fc;
  const pooled = fc.array(el, { minLength: 1, maxLength: 5 }).chain((pool: any[]) =>
    fc.tuple(fc.array(fc.constantFrom(...pool), { maxLength }), fc.array(fc.constantFrom(...pool), { maxLength })));
  return fc.oneof({ weight: 3, arbitrary: pooled }, { weight: 1, arbitrary: fc.tuple(gen.array(el), gen.array(el)) });
}

/** (coins, amount): mostly small positive denominations and amounts up to 500; sometimes a bad coin,
 *  a negative amount, or (for counting) amounts large enough to wrap. */
export function coinArgs(gen: any, big = false): any {
  const fc = gen.fc;
  const coin = fc.oneof({ weight: 40, arbitrary: fc.integer({ min: 1, max: 30 }).map(BigInt) }, { weight: 1, arbitrary: fc.constantFrom(0n, -1n, 2n ** 63n - 1n, 1000n) });
  const amount = fc.oneof(
    { weight: 12, arbitrary: gen.nat(500) },
    { weight: 1, arbitrary: fc.constantFrom(0n, -1n, -(2n ** 63n)) },
  );
  const plain = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.array(coin, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(coin, { minLength: 2, maxLength: 3 }).map((cs: bigint[]) => [...cs, ...cs]) }), amount);
  if (!big) return plain;
  // many small denominations and a large amount: counts far past 2^64
  const many = fc.tuple(fc.shuffledSubarray([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n], { minLength: 8 }), fc.integer({ min: 2000, max: 5000 }).map(BigInt));
  return fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: many });
}
