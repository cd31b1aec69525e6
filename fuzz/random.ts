// A small seeded random source, so every fuzzed input and generated program is reproducible from
// its campaign seed and its index (`npm run fuzz -- --seed S --from I --count 1` makes it again).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi], both included. */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** One of the keys, chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Record<K, number>): K;
}

/** Input `index` of campaign `seed`: the two are mixed so neighbouring indexes are unrelated. */
export function randomFor(seed: number, index: number): Random {
  return random(mix(mix(seed >>> 0) ^ mix(index >>> 0)));
}

function mix(x: number): number {
  // a 32-bit finalizer (multiply-xorshift): spreads every input bit over the output
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

export function random(seed: number): Random {
  let s = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    // xorshift32, then the finalizer to hide its weak low bits
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return mix(s) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (xs) => xs[int(xs.length)],
    weighted(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let r = next() * entries.reduce((a, [, w]) => a + w, 0);
      for (const [k, w] of entries) { if ((r -= w) < 0) return k; }
      return entries[entries.length - 1][0];
    },
  };
}
